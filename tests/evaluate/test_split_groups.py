from frontline.evaluate.split_groups import BRUTE_FORCE_LIMIT, SplitGroups, assign
from frontline.model import Event


def _quality(row: dict[str, str], event: Event):
    same = int(row["admin1"] == event.admin1)
    return same, same, -abs(float(row["lat"]) - (event.latitude or 0.0))


def _rows(*admin1s: str) -> list[dict[str, str]]:
    return [{"admin1": a, "lat": str(i)} for i, a in enumerate(admin1s)]


def _events(*admin1s: str) -> list[Event]:
    return [Event("a", admin1=a, latitude=float(i)) for i, a in enumerate(admin1s)]


def test_groups_are_rows_with_the_same_text():
    groups = SplitGroups.by_text(["x", "y", "x", "z", "x"])
    assert groups.groups == [[0, 2, 4], [1], [3]]
    assert groups.split == [[0, 2, 4]]


def test_each_event_goes_to_one_row_at_most():
    events = _events("B", "A")
    chosen = assign(_rows("A", "B", "C"), events, _quality)
    assert chosen == [events[1], events[0], None]


def test_more_events_than_rows_leave_events_unused():
    events = _events("C", "A", "B")
    assert assign(_rows("A"), events, _quality) == [events[1]]


def test_no_events_assign_nothing():
    assert assign(_rows("A", "B"), [], _quality) == [None, None]


def test_large_groups_are_paired_greedily_with_the_same_result():
    names = [chr(ord("A") + i) for i in range(9)]  # 9! pairings: beyond brute force
    assert BRUTE_FORCE_LIMIT < 362880
    events = _events(*reversed(names))
    chosen = assign(_rows(*names), events, _quality)
    assert [e.admin1 for e in chosen if e] == names
