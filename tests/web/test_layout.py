"""Every page is the shared layout around its own part: one head, one skip link, one nav."""

from __future__ import annotations

import pytest

from frontline.web.layout import NAV, PAGE_LIST, render


@pytest.mark.parametrize("page", PAGE_LIST, ids=lambda p: p.file)
def test_a_page_is_the_layout_around_its_own_main(page) -> None:
    html = render(page.file)
    assert html.startswith('<!doctype html>\n<html lang="en">')
    assert f"<title>{page.title} · frontline</title>" in html
    assert f'<a class="skip" href="#{page.skip_to}">{page.skip_text}</a>' in html
    assert html.count("<nav ") == 1 and html.count("<main") == 1
    assert html.endswith("</body>\n</html>\n")


@pytest.mark.parametrize("page", PAGE_LIST, ids=lambda p: p.file)
def test_the_nav_marks_the_current_page_only(page) -> None:
    html = render(page.file)
    for href, label in NAV:
        marked = f'<a href="{href}" aria-current="page">{label}</a>' in html
        assert marked == (href == page.current)


@pytest.mark.parametrize("page", PAGE_LIST, ids=lambda p: p.file)
def test_map_pages_load_leaflet_css_before_ours(page) -> None:
    html = render(page.file)
    ours = html.index('href="/static/app.css"')
    if page.has_map:
        assert 0 < html.index("leaflet.css") < ours
    else:
        assert "leaflet.css" not in html


@pytest.mark.parametrize("page", PAGE_LIST, ids=lambda p: p.file)
def test_scripts_load_common_first_and_the_page_own_last(page) -> None:
    html = render(page.file)
    common = html.index('src="/static/common.js"')
    assert html.count("<script ") == html.count("</script>")
    assert html.rindex("<script ") == html.index(f'src="{page.scripts[-1]}"') - len("<script ")
    if page.has_map:
        assert html.index("leaflet.js") < common < html.index("flmap.js")
    else:
        assert "leaflet.js" not in html and html.index("<script ") + len("<script ") == common
