"""Chrome and sponsor blocks in newsletter styles first met in the sixth blind probe: each test is a
minimal synthetic reproducer of one mechanism (where a sponsor block ends, which headline is kept,
which chrome goes to the ledger)."""

from __future__ import annotations

from pathlib import Path

from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def split_html(html: str, tmp_path: Path) -> Split:
    """Read and split one HTML file the way ``digest compile`` does."""
    path = tmp_path / "edition.html"
    path.write_text(html, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def titles(split: Split) -> list[str]:
    return [s.title for s in split.stories]


def reasons(split: Split) -> dict[str, DropReason]:
    return {d.text: d.reason for d in split.dropped}


# -- A. where a sponsor block ends -------------------------------------------------------------


def test_an_edition_sponsor_credit_over_a_greeting_covers_only_itself() -> None:
    """ "**Presented by Orla Bank**" names a sponsor nothing under it mentions: the edition's credit,
    dropped alone; the story after the greeting stays."""
    body = (
        "**Presented by Orla Bank**\n\nGood Tuesday morning.\n\n"
        "## Council passes the transit levy\n\nThe council approved a half-cent transit levy on Monday.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Council passes the transit levy"]
    assert reasons(split)["Presented by Orla Bank"] is DropReason.SPONSOR


def test_a_sponsor_message_ends_at_the_next_block_printed_like_a_story() -> None:
    """ "**A message from X:**" covers its ad, not the "**LEAD** — text" stories printed like the
    story before it."""
    body = (
        "**PORT STRIKE ENDS** — Dockworkers ratified a six-year contract on Sunday night.\n\n"
        "**A message from Halden Mutual:**\n\n"
        "Small farms need Congress to act. [Learn more.](https://h.example/act)\n\n"
        "**SENATE CONFIRMS NEW ENVOY** — The Senate confirmed Mara Voss as ambassador to Chile by 61-38.\n"
    )
    split = split_text(body)
    assert len(split.stories) == 2
    assert "Mara Voss" in split.stories[1].text
    dropped = reasons(split)
    assert dropped["A message from Halden Mutual:"] is DropReason.SPONSOR
    assert dropped["Small farms need Congress to act. Learn more."] is DropReason.SPONSOR


def test_a_sponsor_segment_printed_like_its_siblings_covers_only_its_segment() -> None:
    """A podcast's "**00:29:30 — A word from our sponsor**" is one segment among its siblings: the
    segments after it stay, and their time codes leave the titles."""
    body = (
        "# Spindle — Episode 9\n\n## This week's rundown\n\n"
        "**00:02:15 — Harlow bets $2 billion on glasses**\nHarlow will spend $2 billion on smart glasses.\n\n"
        "**00:29:30 — A word from our sponsor**\nThis episode is brought to you by Quire. Try it free.\n\n"
        "**00:31:05 — Tamsin open-sources its robot arm**\nTamsin released the designs for its arm.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Harlow bets $2 billion on glasses", "Tamsin open-sources its robot arm"]
    assert reasons(split)["00:29:30 — A word from our sponsor"] is DropReason.SPONSOR


def test_a_headline_about_an_app_store_is_news() -> None:
    """ "app store" in a headline over its text reports on a store; only a line sending the reader to
    one ("Download on the App Store", "App Store · Google Play") is a prompt."""
    body = (
        "**The FTC sues Palisade over app store fees**\n"
        "The FTC sued Palisade, alleging its 30% commission is an illegal monopoly.\n\n"
        "Download on the App Store\n"
    )
    split = split_text(body)
    assert titles(split) == ["The FTC sues Palisade over app store fees"]
    assert reasons(split)["Download on the App Store"] is DropReason.PROMOTION


def test_a_sponsor_label_over_a_headline_naming_the_sponsor_drops_the_whole_card(tmp_path: Path) -> None:
    """ "TOGETHER WITH KESTREL" printed small over "<h3>" and a paragraph naming Kestrel: the label,
    the headline and its text are the ad; the next h2 story stays."""
    html = (
        "<html><body><h2>Brightwater signs a storage deal</h2>"
        "<p>Brightwater agreed to build 1.2 GW of storage.</p>"
        '<p style="font-size:11px">TOGETHER WITH KESTREL</p><h3>Stop guessing your queue position</h3>'
        '<p>Kestrel\'s tracker watches every filing. <a href="https://kestrel.example/">Book a demo</a></p>'
        "<h2>FERC rejects the cost split</h2>"
        "<p>FERC denied a rehearing request from six states.</p></body></html>"
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Brightwater signs a storage deal", "FERC rejects the cost split"]
    assert reasons(split)["Stop guessing your queue position"] is DropReason.SPONSOR


def test_a_bare_ad_label_covers_its_box_in_other_languages(tmp_path: Path) -> None:
    """A small "推广" line over its promotion box: the box is the ad, not a story."""
    html = (
        "<html><body><h3>公司动态</h3><p>云帆科技宣布完成15亿元人民币C轮融资，由华盛资本领投。</p>"
        '<section><p style="font-size:12px">推广</p>'
        '<p>【限时福利】开发者大会门票买一赠一 👉 <a href="https://conf.example/">点击报名</a></p></section>'
        "</body></html>"
    )
    split = split_html(html, tmp_path)
    assert len(split.stories) == 1
    assert reasons(split)["推广"] is DropReason.SPONSOR


def test_a_rule_closes_the_box_of_a_sponsor_label() -> None:
    """Plain text: "PARTENAIRE" between two rules covers its ad; the numbered story after the box stays."""
    body = (
        "1. La CNIL inflige une amende à Marchéo\n\n"
        "La CNIL a sanctionné la plateforme Marchéo pour ses cookies.\n\n"
        "----------------------------------------\nPARTENAIRE\n"
        "Formez vos équipes à l'IA avec Académie Delta. -20 % avec le code LETTRE20.\n"
        "----------------------------------------\n\n"
        "2. Le plan quantique doté de 1,8 milliard d'euros\n\n"
        "Le gouvernement a présenté jeudi la deuxième phase de sa stratégie quantique.\n"
    )
    split = split_text(body, path="lettre.txt", fmt=Format.TEXT)
    assert titles(split) == [
        "La CNIL inflige une amende à Marchéo",
        "Le plan quantique doté de 1,8 milliard d'euros",
    ]
    assert {s.section for s in split.stories} == {None}
    assert any(d.reason is DropReason.SPONSOR and "Académie Delta" in d.text for d in split.dropped)


# -- D. headlines kept, E. continuation paragraphs kept -----------------------------------------


def test_a_section_label_printed_with_marks_has_no_metadata_over_its_linked_title(tmp_path: Path) -> None:
    """ "⚡ Quick Links" and "Tools & Repos" are section labels of two words: the bold linked title
    under each is a story's headline, not the label's link line; a "(GitHub Repo)" tag leaves it."""
    item = '<p><a href="https://{slug}.example/"><strong>{title}</strong></a></p><p>{text}</p>'
    html = (
        "<html><body><h2>Tools &amp; Repos</h2>"
        + item.format(
            slug="tide", title="Tidewater (GitHub Repo)", text="Tidewater is a Rust replacement for cron."
        )
        + "<h2>⚡ Quick Links</h2>"
        + item.format(
            slug="git", title="Git turns 21: the first commit (2 minute read)", text="It had 1,244 lines."
        )
        + item.format(
            slug="vant", title="Vantage cuts 8% of staff (1 minute read)", text="It laid off 140 people."
        )
        + "</body></html>"
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Tidewater", "Git turns 21: the first commit", "Vantage cuts 8% of staff"]
    assert [s.section for s in split.stories] == ["Tools & Repos", "Quick Links", "Quick Links"]
    assert split.stories[0].url == "https://tide.example/"


def test_a_paragraph_closing_with_an_arrow_call_is_no_topic_list() -> None:
    """ "Two makers, A and B, announced plants, but ... 2028. [Full survey →](url)" is a sentence with
    commas and its story's link, not a list of the stories below."""
    body = (
        "## Utilities wait four years for transformers\n\n"
        "Lead times for large power transformers have stretched to 48 months, a survey found.\n\n"
        "Two makers, Kessler Electric and Omaru Heavy, announced new plants, but neither ships before 2028. "
        "[Full survey →](https://g.example/survey)\n"
    )
    split = split_text(body)
    assert len(split.stories) == 1
    assert "Omaru Heavy" in split.stories[0].text
    assert split.stories[0].url == "https://g.example/survey"


def test_a_row_of_app_links_is_navigation() -> None:
    """ "🎧 [Apple Podcasts](…) · [Spotify](…) · [Overcast](…)" says where to listen: no story."""
    body = (
        "🎧 [Apple Podcasts](https://a.example/p) · [Spotify](https://s.example/p) · [Overcast](https://o.example/p)\n\n"
        "## Vireo bets $2 billion on glasses\n\nVireo will spend $2 billion on smart glasses.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Vireo bets $2 billion on glasses"]
    assert reasons(split)["🎧 Apple Podcasts · Spotify · Overcast"] is DropReason.NAVIGATION


# -- F. chrome kept as stories ------------------------------------------------------------------


def test_the_editions_notes_about_itself_cover_their_sections() -> None:
    """Corrections, last week's most clicked, the mailbag, a guest's bio and back issues are the
    edition speaking of itself: each heading covers its section, in the ledger."""
    body = (
        "## Harbor board approves a $2 billion dredging plan\n\nThe board voted 5-2 to dredge.\n\n"
        "## Corrections\n\nLast week we said the plant makes 340 MW. It makes 240 MW.\n\n"
        "## Last week's most clicked\n\nThe [DOE loan](https://g.example/l/doe) was read most.\n\n"
        '## From the mailbag\n\n"Could you mark paywalled links?" — Good idea, Tom.\n\n'
        "## About our guest\n\n**Dr. Imani Cole** is a principal scientist at Loomis Robotics.\n\n"
        "**往期回顾**\n\n[科技早报 | 11月19日：华辰半导体上市](https://k.example/611)\n"
    )
    split = split_text(body)
    assert titles(split) == ["Harbor board approves a $2 billion dredging plan"]
    dropped = reasons(split)
    for heading in (
        "Corrections",
        "Last week's most clicked",
        "From the mailbag",
        "About our guest",
        "往期回顾",
    ):
        assert dropped[heading] is DropReason.BOILERPLATE
    assert dropped["科技早报 | 11月19日：华辰半导体上市"] is DropReason.BOILERPLATE


def test_a_teaser_list_under_a_navigation_label_is_navigation() -> None:
    """ "**In today's edition:**" over a list of short titles: the label and its teasers go."""
    body = (
        "**In today's edition:**\n\n- ERCOT's new interconnection rule\n- The transformer backlog grows\n\n"
        "## Texas finalizes the ERCOT rule\n\nThe commission voted 4-1 on Thursday to adopt the rule.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Texas finalizes the ERCOT rule"]
    assert reasons(split)["ERCOT's new interconnection rule"] is DropReason.NAVIGATION


def test_the_figures_of_a_ticker_table_are_no_stories(tmp_path: Path) -> None:
    """A ticker table's cells ("BTC", "$91,240", "+2.1%") are figures for the eye, not headlines."""
    html = (
        "<html><body><table><tr><th>MARKETS</th></tr>"
        "<tr><td>BTC</td><td>$91,240</td><td>+2.1%</td></tr>"
        "<tr><td>SOL</td><td>$212</td><td>+5.8%</td></tr></table>"
        "<h3>Brava raises $300 million</h3><p>Brava closed a $300 million round.</p></body></html>"
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Brava raises $300 million"]
    dropped = reasons(split)
    assert dropped["$91,240"] is DropReason.BOILERPLATE
    assert dropped["BTC"] is DropReason.BOILERPLATE


def test_a_blog_posts_byline_link_and_counters_are_chrome(tmp_path: Path) -> None:
    """A name linked to its author's profile ("/@dana") is a byline; "♡ 214" and "💬 37" are counters."""
    html = (
        "<html><body><h1>Chips and clouds</h1>"
        '<table><tr><td><a href="https://blog.example/@danaw">Dana Whitfield</a></td></tr></table>'
        '<table><tr><td><a href="https://blog.example/p/chips?action=like">&#9825; 214</a></td>'
        '<td><a href="https://blog.example/p/chips/comments">&#128172; 37</a></td></tr></table>'
        "<h2>Quillon cuts GPU prices by 30%</h2><p>Quillon cut its list price for an hour to $1.89.</p>"
        "</body></html>"
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Quillon cuts GPU prices by 30%"]
    assert split.stories[0].section is None
    dropped = reasons(split)
    assert dropped["Dana Whitfield"] is DropReason.BOILERPLATE
    assert dropped["♡ 214"] is DropReason.BOILERPLATE


def test_a_link_preview_card_gives_its_link_to_the_story_above(tmp_path: Path) -> None:
    """A bookmark card (title, description, site, each linking one page) is the story's link; an
    "Upgrade now" call and "More like this" / "Less like this" buttons are prompts."""
    html = (
        "<html><body><h2>Gatwick auctions 24 slot pairs</h2><p>Gatwick will auction 24 daily slot pairs.</p>"
        '<figure><a href="https://r.example/go/slots"><div>CAA sets auction rules</div>'
        "<div>The regulator publishes the terms.</div><div>UK CAA</div></a></figure>"
        "<div><p><strong>Enjoying the report?</strong> Upgrade to a paid membership for data.</p>"
        '<a href="https://r.example/#/portal/signup">Upgrade now</a></div>'
        "<h2>FAA fines Airspan $4.1 million</h2><p>The FAA proposed a $4.1 million penalty.</p>"
        '<table><tr><td><a href="https://r.example/p/#/feedback/1">More like this</a></td>'
        '<td><a href="https://r.example/p/#/feedback/0">Less like this</a></td></tr></table></body></html>'
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Gatwick auctions 24 slot pairs", "FAA fines Airspan $4.1 million"]
    assert split.stories[0].url == "https://r.example/go/slots"
    dropped = reasons(split)
    assert dropped["CAA sets auction rules"] is DropReason.NAVIGATION
    assert dropped["More like this"] is DropReason.BOILERPLATE
    assert dropped["Upgrade now"] is DropReason.PROMOTION


# -- G. German and French chrome ----------------------------------------------------------------


def test_german_and_french_chrome_go_to_the_ledger() -> None:
    """View-online notes, job sections ("Stellenmarkt", "OFFRES D'EMPLOI"), a "SONDAGE :" poll and a
    forward prompt are chrome in German and French too."""
    body = (
        "Wird diese E-Mail nicht richtig angezeigt? [Im Browser ansehen](https://t.example/46)\n\n"
        "## Flinkbot sammelt 85 Millionen Euro ein\n\nFlinkbot hat eine Runde über 85 Millionen Euro.\n\n"
        "### Stellenmarkt\n\nSenior Backend Engineer (m/w/d) bei Rheinwerk, Frankfurt – [zur Stelle](https://j.example/1)\n\n"
        "## La CNIL inflige une amende à Marchéo\n\nLa CNIL a sanctionné Marchéo pour ses cookies.\n\n"
        "SONDAGE : Avez-vous déjà subi une cyberattaque ? Répondez : https://l.example/sondage\n\n"
        "OFFRES D'EMPLOI\n\n- Développeur Rust — Sentinelle, Paris (CDI)\n\n"
        "Vous aimez la lettre ? Transférez-la à un collègue !\n"
    )
    split = split_text(body)
    assert titles(split) == ["Flinkbot sammelt 85 Millionen Euro ein", "La CNIL inflige une amende à Marchéo"]
    assert split.stories[1].text == "La CNIL a sanctionné Marchéo pour ses cookies."
    dropped = {d.text[:12]: d.reason for d in split.dropped}
    assert dropped["Wird diese E"] is DropReason.FOOTER
    assert dropped["Stellenmarkt"] is DropReason.JOBS
    assert dropped["Développeur "] is DropReason.JOBS
    assert dropped["SONDAGE : Av"] is DropReason.POLL
    assert dropped["Vous aimez l"] is DropReason.PROMOTION


def test_a_footnote_marker_does_not_glue_onto_the_sentence(tmp_path: Path) -> None:
    """ "from 2029.<sup><a href='#fn1'>1</a></sup> The company" reads "from 2029. The company", not a
    figure "2029.1"."""
    html = (
        "<html><body><h2>Tessaline breaks ground on a fab</h2>"
        '<p>It will make chips from 2029.<sup><a href="#footnote-1">1</a></sup>'
        " The company expects 3,400 jobs.</p>"
        "</body></html>"
    )
    split = split_html(html, tmp_path)
    assert split.stories[0].text == "It will make chips from 2029. The company expects 3,400 jobs."


def test_an_editors_note_ends_with_its_signature_and_its_teaser_line_is_navigation() -> None:
    """The greeting's note runs to the editor's signature ("Ihr Jonas Albrecht, Chefredakteur", or a
    name alone over the rule closing the note), which is no section of the first story; "Au menu
    cette semaine : ..." lists the edition's stories."""
    german = (
        "Liebe Leserinnen und Leser,\n\ndiese Woche dreht sich vieles um Rechenzentren.\n\n"
        "Ihr Jonas Albrecht, Chefredakteur\n\n"
        "## Rheinwerk baut ein Rechenzentrum\n\nRheinwerk will in Ludwigsfelde ein Rechenzentrum bauen.\n"
    )
    split = split_text(german)
    assert titles(split) == ["Rheinwerk baut ein Rechenzentrum"]
    assert split.stories[0].section is None
    french = (
        "Bonjour à toutes et à tous,\n\n"
        "Au menu cette semaine : la 5G rurale, un rachat et une amende record. Bonne lecture !\n\n"
        "Camille Fournier\n\n========================================\n\n"
        "1. L'Arcep impose à Orvane de couvrir 2 000 communes\n\n"
        "Le régulateur a mis en demeure l'opérateur Orvane de couvrir 2 000 communes.\n"
    )
    split = split_text(french, path="lettre.txt", fmt=Format.TEXT)
    assert titles(split) == ["L'Arcep impose à Orvane de couvrir 2 000 communes"]
    assert split.stories[0].section is None
    assert reasons(split)["Camille Fournier"] is DropReason.BOILERPLATE


def test_footnotes_under_a_post_and_notes_about_the_edition_are_chrome(tmp_path: Path) -> None:
    """A footnote's text (its number linking back to its marker) is an aside, not a story; so are a
    "Housekeeping:" note, "This post is public so feel free to share it." and a "Start trial" button."""
    html = (
        "<html><body><h2>Halvorsen signs an HBM deal</h2>"
        '<p>Norvik will prepay $1.2 billion.<sup><a href="#footnote-2" id="footnote-anchor-2">2</a></sup></p>'
        "<p><strong>Housekeeping:</strong> I'm taking next Thursday off. Issue #62 lands December 3.</p>"
        "<p>This post is public so feel free to share it.</p>"
        '<p><a href="https://c.example/subscribe">Start trial</a></p>'
        '<div class="footnote"><a href="#footnote-anchor-2" id="footnote-2">2</a>'
        "<div><p>Halvorsen disclosed the prepayment in a filing on Monday evening.</p></div></div>"
        "</body></html>"
    )
    split = split_html(html, tmp_path)
    assert titles(split) == ["Halvorsen signs an HBM deal"]
    assert split.stories[0].text == "Norvik will prepay $1.2 billion."
    dropped = {d.text[:14]: (d.reason, d.detail) for d in split.dropped}
    assert dropped["[^2]: Halvorse"] == (DropReason.BOILERPLATE, "footnote")
    assert dropped["Housekeeping: "][0] is DropReason.BOILERPLATE
    assert dropped["This post is p"][0] is DropReason.PROMOTION
    assert dropped["Start trial"][0] is DropReason.PROMOTION


def test_a_bold_segment_label_over_standalone_items_heads_one_story_per_item() -> None:
    """ "**00:58:10 — Lightning round**" over sentences that each stand alone: each item is a story in
    the section "Lightning round", not one story titled by the label."""
    body = (
        "## This week's rundown\n\n"
        "**00:02:15 — Harlow bets $2 billion on glasses**\nHarlow will spend $2 billion on smart glasses.\n\n"
        "**00:58:10 — Lightning round**\n"
        "- Spotify-rival Cadence raised prices to $12.99 a month in the US.\n"
        "- Microsoft-backed Fable Studios laid off 15% of its staff.\n"
    )
    split = split_text(body)
    assert titles(split)[1:] == [
        "Spotify-rival Cadence raised prices to $12.99 a month in the US",
        "Microsoft-backed Fable Studios laid off 15% of its staff",
    ]
    assert {s.section for s in split.stories[1:]} == {"Lightning round"}


def test_a_company_imprint_in_a_footer_is_footer() -> None:
    """ "TechWoche Verlag GmbH · ... · Geschäftsführer: ... · HRB 204455 B" is the publisher's imprint."""
    body = (
        "## Flinkbot sammelt 85 Millionen Euro ein\n\nFlinkbot hat eine Runde über 85 Millionen Euro.\n\n"
        "TechWoche Verlag GmbH · 10119 Berlin · Geschäftsführer: Jonas Albrecht · HRB 204455 B\n"
    )
    split = split_text(body)
    assert titles(split) == ["Flinkbot sammelt 85 Millionen Euro ein"]
    assert any(d.reason is DropReason.FOOTER and "HRB" in d.text for d in split.dropped)


def test_an_edition_sponsor_credit_stays_alone_when_its_ad_comes_later() -> None:
    """ "**Presented by Orla Bank**" at the top, and Orla Bank's own "A message from Orla Bank:" ad
    further down: the credit covers nothing, and the ad ends at the next "**LEAD** — text" block,
    printed like a block of the story above it."""
    body = (
        "**Presented by Orla Bank**\n\nBy Rachel Ortiz\n\n**DRIVING THE DAY**\n\n"
        "**PORT STRIKE ENDS** — Dockworkers ratified a six-year contract on Sunday night.\n\n"
        "**A message from Orla Bank:**\n\nSmall farms need credit. Learn more.\n\n"
        "**SENATE CONFIRMS NEW ENVOY** — The Senate confirmed Mara Voss as ambassador to Chile.\n"
    )
    split = split_text(body)
    assert any("Mara Voss" in s.text for s in split.stories)
    assert any("Dockworkers" in s.text for s in split.stories)
    dropped = reasons(split)
    assert dropped["Presented by Orla Bank"] is DropReason.SPONSOR
    assert dropped["Small farms need credit. Learn more."] is DropReason.SPONSOR


def test_a_membership_ask_under_the_last_story_is_a_promotion(tmp_path: Path) -> None:
    """ "Consider becoming a member", "Not a member yet?" after the last story ask the reader to pay:
    a promotion, not the last paragraph of the story above."""
    for ask in (
        "If you enjoy The Harbor Letter, consider becoming a member. Members make this newsletter possible.",
        "Not a member yet? Members fund our reporting for as little as $5 a month.",
    ):
        html = (
            "<html><body><h1>The Harbor Letter</h1><p>February 2, 2026</p>"
            "<h2>Rotterdam tugs switch to batteries</h2><p>Rotterdam's harbour master ordered 14 battery "
            f"tugs worth EUR 90 million, to be delivered from 2027.</p><p>{ask}</p></body></html>"
        )
        split = split_html(html, tmp_path)
        (story,) = split.stories
        assert "member" not in story.text
        assert any(d.reason is DropReason.PROMOTION and "member" in d.text for d in split.dropped)


def test_an_editions_own_job_advertisement_is_jobs_not_a_story() -> None:
    """Laid out like a story (a linked headline and paragraphs), an advertisement that names a job
    and asks the reader to apply goes to the ledger as jobs; a report about hiring stays a story."""
    body = (
        "[### Acme is hiring a part time curator (Fully Remote)](mailto:jobs@acme.example)\n\n"
        "Acme is hiring a curator with experience founding a company to join our team.\n\n"
        "To apply please send your LinkedIn or resume to jobs@acme.example with a few sentences.\n\n"
        "[### Globex is hiring 500 engineers for its new lab (3 minute read)](https://news.example.com/globex)\n\n"
        "Globex said it will hire 500 engineers in Austin this year for a new AI lab, its chief said.\n"
    )
    document = Document(Edition(path="daily.md", format=Format.MARKDOWN), body)
    split = split_document(document, ReadSettings())
    assert [s.title for s in split.stories] == ["Globex is hiring 500 engineers for its new lab"]
    assert {d.reason for d in split.dropped if "curator" in d.text or "apply" in d.text} == {DropReason.JOBS}


def test_a_preheader_naming_the_time_of_day_of_its_edition_is_navigation() -> None:
    """ "In this afternoon’s edition: ..." (a curly apostrophe, the time of day or the week named) is
    the edition's teaser line, as "In today's edition:" is, never a story of its own."""
    for label in (
        "In this afternoon’s edition",
        "In this morning's edition",
        "In tonight’s edition",
        "In this week’s issue",
        "In today’s newsletter",
    ):
        body = (
            f"{label}: three new fronts in the harbour dispute.            April 27, 2026\n\n"
            "## Texas finalizes the ERCOT rule\n\nThe commission voted 4-1 on Thursday to adopt the rule.\n"
        )
        split = split_text(body)
        assert titles(split) == ["Texas finalizes the ERCOT rule"], label
        assert DropReason.NAVIGATION in reasons(split).values(), label
