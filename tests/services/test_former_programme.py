"""A former programme (SBC, whose work continues through GlobalABC) takes no new renewal process, and its
name reads as one name, not a bracket inside a bracket."""

from __future__ import annotations

import pytest

from opn_desk.domain.programmes import PROGRAMMES, programme_title
from opn_desk.domain.renewal import ProcessInput
from opn_desk.services import leadership_view, renewal
from opn_desk.services.errors import NotAllowed


def test_a_renewal_process_cannot_be_opened_for_a_former_programme(desk):
    with pytest.raises(NotAllowed) as refused:
        desk.write("Open", renewal.create_process, ProcessInput("SBC", "SBC leadership renewal"))
    text = str(refused.value)
    assert text == ("SBC – Sustainable Buildings and Construction (former) is a former programme; a leadership "
                    "renewal process cannot be opened for it.")
    assert desk.read(renewal.list_processes, "SBC") == []  # nothing written
    # An active programme still opens one.
    assert desk.write("Open", renewal.create_process, ProcessInput("SPP", "SPP renewal")).value is not None


def test_the_leadership_view_says_which_programmes_are_former(desk):
    assert desk.read(leadership_view.programme_leadership, "SBC").active is False
    assert desk.read(leadership_view.programme_leadership, "SPP").active is True


def test_a_programme_reads_as_code_then_name():
    sbc = next(p for p in PROGRAMMES if p.code == "SBC")
    assert programme_title(sbc.code, sbc.name) == "SBC – Sustainable Buildings and Construction (former)"
    assert "((" not in programme_title(sbc.code, sbc.name) and "))" not in programme_title(sbc.code, sbc.name)
    assert programme_title("SPP", "") == "SPP"
