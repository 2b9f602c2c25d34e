"""The interface strings every language must provide under ``ui:`` in data/site.yml."""

UI_KEYS: tuple[str, ...] = (
    "at_a_glance",
    "read_more",
    "next_steps",
    "compare_link",
    "conclusion_link",
    "infographic_link",
    "definition",
    "characteristics",
    "types",
    "activities",
    "profile",
    "head_to_head",
    "key_differences",
    "dimension",
    "sources",
    "term_page_title",
    "table_caption",
    # trust signals under every page (page_facts.html.j2)
    "facts_changed",
    "facts_from",
    # per-item permalinks: the copy-link control and its confirmation
    "copy_link",
    "copy_link_to",
    "link_copied",
    "link_copy_failed",
    # the infographic page and the downloads
    "infographic_summary",
    "infographic_hint",
    "infographic_as_table",
    "downloads",
    "download_svg",
    "download_png",
    "download_json",
    "download_csv",
    # the edit button, which opens the page's data file
    "edit_data",
)
