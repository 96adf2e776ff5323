"""Python compiled from the Designer forms in ui/ by ``python -m opn_desk.gui.build_forms``; do not edit."""
