from opn_desk.cli import main

raise SystemExit(main())
