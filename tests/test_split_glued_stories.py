"""Stories glued into the story above them by the layout around them: each test is a minimal
synthetic reproducer of one mechanism, in the structure of a real issue, never its text."""

from __future__ import annotations

from pathlib import Path

from digest.models import Document, DropReason, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def read_markdown(tmp_path: Path, text: str, name: str = "issue.md") -> Split:
    """Read and split one Markdown file the way ``digest compile`` does."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def story_with(split: Split, words: str) -> tuple[str, str]:
    """The title and text of the story whose title or first 600 characters hold ``words``."""
    for story in split.stories:
        if words in story.title or words in story.text[:600]:
            return story.title, story.text
    raise AssertionError(f"no story opens with {words!r}: {[s.title for s in split.stories]}")


def test_a_title_line_under_an_item_ending_in_an_open_word_is_a_headline(tmp_path: Path) -> None:
    """In a body cut at its links (", during which ..." opening lines), a list's last item ending in an
    open word ("... with airbags built in") and a headline in title case right under it, no blank
    line between, over the feature's paragraphs: the headline heads the feature, never the rest of
    the item's sentence."""
    body = (
        "Welcome back to The Outlook \n<https://news.example/outlook>\n, where we think about the \n"
        "future. Prices rose \n<https://news.example/prices>\n, and wages \n<https://news.example/wages>\n"
        ", too.\n\n"
        "This weekend:\n\n"
        " * Harbor officials are charging a driver in a crash at the city marathon \n"
        "<https://news.example/a/1>\n"
        ", during which the mayor was rushed from the stand\n"
        " * Heat is pushing up the cost of food \n"
        "<https://news.example/a/2>\n"
        ", and making the central bank's job harder\n"
        " * Scenarios: are you ready for the robot barista \n"
        "<https://news.example/a/3>\n"
        ", a question for the decade\n"
        " * Plus, bicycles will come with airbags built in\n"
        "A Warmer Planet Will Cost More\n\n"
        "In the summer of 2031, a heatwave drove olive prices to a record in the south. Growers lost\n"
        "a third of their harvest, and shops passed the cost on to buyers.\n\n"
        "Economists now measure how much of that rise the heat itself caused.\n"
    )
    title, text = story_with(read_markdown(tmp_path, body), "In the summer of 2031")
    assert title == "A Warmer Planet Will Cost More"
    assert "bicycles" not in text


def test_a_plain_label_over_a_list_of_linked_headlines_heads_a_story_each(tmp_path: Path) -> None:
    """A plain short label ("What Readers Opened") under a story's last paragraph and its picture's
    caption, no blank line between, over a list of
    headlines in title case, each linking its article (the first its last word only, as a conversion
    left it): the list's section, each item a story of its own, never points of the story above."""
    body = (
        "On the Ground\n\n"
        "Harbour Lunches Are Back in Fashion\n\n"
        "A $90 lunch on the harbour is worth it if the sun is out. Locals are queueing for the fish\n"
        "stew, and the terrace fills by noon.\n\n"
        "The cafe opened in 1998 and has kept its menu. Its owner says the stew is the reason.\n"
        "Two people eating stew on the terrace of the harbour cafe.\n"
        "Photographer: Ana Ruiz/Harbour Tourism\n"
        "What Readers Opened\n\n"
        " * Inside the Studio: Tears, Shouting and Staff Looking for the [Exit](https://news.example/a/0)\n"
        " * [The Quiet Bond Strategy Paying Traders Record Bonuses](https://news.example/a/1)\n"
        " * [Harbor Labs' Secret Model Is Being Used by Strangers](https://news.example/a/2)\n"
        " * [Bakers Are Refusing to Move to the Company's New Campus](https://news.example/a/3)\n\n"
        "One Last Thing\n\n"
        "Ferry Timetables Change on Monday\n\n"
        "The ferry timetable changes on Monday, and the late boat is gone for good this winter.\n"
    )
    split = read_markdown(tmp_path, body)
    title, text = story_with(split, "Secret Model Is Being Used")
    assert title == "Harbor Labs' Secret Model Is Being Used by Strangers"
    _, text = story_with(split, "fish stew")
    assert "Bond Strategy" not in text


#: Invented lines of a deep dive printed a paragraph a line and cut at its links: three parts, each
#: titled by a kicker ("Falcon-2: ..."), the linked name opening the first sentence under the title.
_KICKED = (
    "Deep Dive\n"
    "The open model week: Falcon-2, Birch-2, and the agent turn\n"
    "After the big labs shipped their models, the open labs answered within days. Two models now lead.\n"
    "Both are free to download. Both are built for agents that call tools.\n"
    "Falcon-2: The heavyweight contender\n"
    "Falcon-2\n"
    "was the most awaited open model of the week. It uses a mixture of experts to keep costs down.\n"
    "It ranks second on the\n"
    "Open Model League Table\n"
    "behind Birch-2.\n"
    "Its licence allows commercial use with no strings attached.\n"
    "Birch-2: The swarm orchestrator\n"
    "While Falcon-2 was the most awaited release of the week,\n"
    "Birch-2\n"
    "was the most striking. It leads the open models on the league table.\n"
    "It reads text, images and video, and answers in text.\n"
    "It runs swarms of agents on one task, each on its own part.\n"
    "Honorable mention: Cedar-9\n"
    "While Birch and Falcon took the headlines,\n"
    "Cedar-9\n"
    "quietly made its debut last week.\n"
    "Cedar-9 is a dense model that runs on a single desktop card.\n"
    "It scores well on the league table for its size.\n"
    "It was released under a permissive licence.\n"
)


def test_a_title_headed_by_a_kicker_is_no_piece_of_the_sentence_under_it(tmp_path: Path) -> None:
    """In a body cut at its links, a short title headed by a kicker ("Falcon-2: The heavyweight
    contender") over the linked name that opens the sentence under it ("Falcon-2" / "was the most
    awaited ..."): the title heads its part, the name goes with its sentence; a name cut out mid-
    sentence ("... second on the" / "Open Model League Table" / "behind Birch-2.") is still joined."""
    split = read_markdown(tmp_path, _KICKED)
    title, text = story_with(split, "Falcon-2 was the most awaited open model")
    assert title == "Falcon-2: The heavyweight contender"
    assert "It ranks second on the Open Model League Table behind Birch-2." in text


def test_titles_headed_by_kickers_over_paragraphs_are_each_a_story(tmp_path: Path) -> None:
    """Titles headed by kickers, each over paragraphs of its own, are the parts of a deep dive: a story
    each, the short one ("Honorable mention: Cedar-9", three words) too, never a label inside the part
    above."""
    split = read_markdown(tmp_path, _KICKED)
    title, _ = story_with(split, "quietly made its debut")
    assert title == "Honorable mention: Cedar-9"
    _, birch = story_with(split, "Birch-2 was the most striking")
    assert "Cedar-9" not in birch


def test_a_plain_label_printed_like_the_section_labels_opens_the_next_section(tmp_path: Path) -> None:
    """A plain short label ("Debate") printed once, like the edition's section labels ("Signal",
    "Borrow this trick"), under the paragraphs of a headline's story and over paragraphs of its own:
    the next section, its untitled text a story of its own, never a label inside the story above."""
    body = (
        "Signal\n\n"
        "Two new ways chat tools can leak your files\n\n"
        "Two security stories broke over the weekend. They show two different points of failure.\n\n"
        "On Sunday, a hosting company confirmed a breach that began at a plug-in it trusted.\n\n"
        "Borrow this trick\n\n"
        "Give your assistant its own feed to watch for breaches\n\n"
        "You cannot read every security report yourself. One engineer handed the job to an agent.\n\n"
        "He made the agent an account of its own, and had it follow the researchers he trusts.\n\n"
        "Each morning, the agent posts what it flagged to a shared channel for the team.\n\n"
        "Debate\n\n"
        "“Security is a spending contest now. You win by paying more.”—Ana Ruiz, a researcher\n\n"
        "Models are now good enough at finding flaws that defence has become a contest of budgets.\n\n"
        "That adds a third step to shipping code: you write it, review it, and now harden it.\n\n"
        "Inside the Studio\n\n"
        "The old films got it right\n\n"
        "In the old films nobody could hack the fortress from afar. Someone had to walk in.\n"
    )
    split = read_markdown(tmp_path, body)
    _, workflow = story_with(split, "One engineer handed the job")
    assert "spending contest" not in workflow
    (debate,) = [s for s in split.stories if "spending contest" in s.text]
    assert debate.section == "Debate"
    assert "a third step to shipping code" in debate.text  # the label's untitled text is one story


def test_a_label_after_a_signed_story_under_a_longer_section_label_opens_a_section(tmp_path: Path) -> None:
    """The section's label may run to four words ("Keep an Eye On"): a plain short label printed once
    ("Outlooks") under a story signed by its writer, over untitled paragraphs of its own, is the next
    section, its paragraphs one story."""
    body = (
        "Keep an Eye On\n\n"
        "Managers Who Use Chatbots Expect More Layoffs\n\n"
        "People who use chatbots more often are less worried about their own jobs. They expect others"
        " to lose theirs.\n\n"
        "Managers who use chatbots the most expect the biggest gains in output, a survey found.\n\n"
        "— Ana Ruiz, Harbour Weekly\n\n"
        "Outlooks\n\n"
        "The year is 2060. Energy is cheap, and most people work four days a week. Sounds nice.\n\n"
        "Unfortunately, that is just one of four futures a consultancy outlined in its report.\n\n"
        "The difference between the futures is government, one of the report's authors says.\n\n"
        "— Ana Ruiz, Harbour Weekly\n\n"
        "What Are the Odds\n\n"
        "Will Robots Ever Make Tea?\n\n"
        "In 2009, a founder predicted robots would never make a cup of tea in a stranger's kitchen.\n"
    )
    split = read_markdown(tmp_path, body)
    _, managers = story_with(split, "less worried about their own jobs")
    assert "2060" not in managers
    (outlook,) = [s for s in split.stories if "The year is 2060" in s.text]
    assert outlook.section == "Outlooks"
    assert "one of the report's authors" in outlook.text


def test_a_heading_over_briefs_each_opening_with_its_link_is_their_section(tmp_path: Path) -> None:
    """A heading over paragraphs each opening with a short sentence that links a page of its own
    ("Harbor [shipped shared boards](url). ...") is the section of those briefs: each is a story of
    its own, a picture's caption between two going with the brief above it."""
    body = (
        "Model happenings\n\n"
        "News you may have missed\n\n"
        "Harbor [shipped shared boards](https://news.example/boards). Its assistant can now build"
        " trackers inside your workspace that refresh each time you open them.\n\n"
        "Shared boards let you build the charts that reporting tools sell. (Image courtesy of Ana Ruiz.)\n\n"
        "Quay gave its coder [screen memory](https://news.example/memory). The coder now keeps what is"
        " on your screen across tabs, so you do not paste context again.\n\n"
        "Quay launched [team agents](https://news.example/agents) in its chat app. The new feature lets"
        " teams build shared agents that gather sources and draft the next step.\n\n"
        "One last thing\n\n"
        "A designer has been having fun with the new picture model\n\n"
        "Her posters for the launch party are on the wall of the office now, and people like them.\n"
    )
    split = read_markdown(tmp_path, body)
    title, _ = story_with(split, "lets teams build shared agents")
    assert title == "Quay launched team agents in its chat app"
    _, boards = story_with(split, "trackers inside your workspace")
    assert "Image courtesy" in boards
    assert "screen memory" not in boards


def test_the_edition_title_printed_again_makes_no_field_of_its_kicker(tmp_path: Path) -> None:
    """A title headed by a kicker ("Deep Check: Harbor Draw Isn't for Artists Yet") printed again at
    the top of the body, and the feature's own title headed by that kicker ("Deep Check: Harbor
    Draw") under a button: one title printed twice is no field of three items ("AI Lab: ..."), so
    the feature's title heads its text, never a line of the button's story."""
    body = (
        "Deep Check: Harbor Draw Isn't for Artists Yet\n\n"
        "Plus: two chat tools leak your files\n\n"
        "Context Column\n\n"
        "Deep Check: Harbor Draw Isn't for Artists Yet\n\n"
        "[Plus: two chat tools leak your files](https://news.example/post)\n\n"
        "Introducing Quay Notes\n\n"
        "Today we are launching [Quay Notes](https://news.example/notes), which turns your calls into"
        " notes your agents can use. It has logged a million words in six months.\n\n"
        "[Try Quay Notes](https://news.example/try)\n\n"
        "Deep Check: Harbor Draw\n\n"
        "Harbor recently launched [Draw](https://news.example/draw), a tool that turns a brand kit into"
        " slides, prototypes and one-pagers. It runs on Harbor's newest model.\n\n"
        "Traders read Draw as a threat to the incumbent design tool. But traders are not designers.\n\n"
        "Draw can do a lot well, but it was not built for designers.\n"
    )
    split = read_markdown(tmp_path, body)
    title, _ = story_with(split, "Harbor recently launched Draw")
    assert title == "Deep Check: Harbor Draw"


def test_a_label_under_a_one_paragraph_item_opens_the_next_section(tmp_path: Path) -> None:
    """Under a section of short items ("From the Studio"), a plain label printed once ("Afterword")
    right under the last item's one paragraph, over paragraphs of its own: the next section, never
    more of that item."""
    body = (
        "From the Studio\n\n"
        "The new inbox is looking for testers\n\n"
        "Our team wants a small group of testers for the new inbox. It now supports drafts and snooze.\n\n"
        "The writing agents can now remember how you write\n\n"
        "The writing agents are adding memory, so your assistant learns your projects over time.\n\n"
        "Afterword\n\n"
        "Terminal pilled. Four months ago I opened a terminal for the first time, and it felt strange.\n\n"
        "I build dashboards in it now, and I pull filings while a model explains them to me.\n\n"
        "All it took was four months of use, and I have become one of those people.\n"
    )
    split = read_markdown(tmp_path, body)
    _, agents = story_with(split, "adding memory")
    assert "Terminal pilled" not in agents
    (afterword,) = [s for s in split.stories if "Terminal pilled" in s.text]
    assert afterword.section == "Afterword"


def test_bold_list_titles_over_paragraphs_are_a_story_each(tmp_path: Path) -> None:
    """Under a heading, list items that are only a title in bold (maybe after a short kicker,
    "Whale is here: **...**"), each over a paragraph of sentences: each item a story titled by its
    bold title, never lines of the heading's story; a titled item after a bold title's paragraph is
    an item of its own."""
    body = (
        "## Models (a good week for open weights)\n\n"
        "* Whale is here: **Falcon-9: Towards a million-token context**\n\n"
        "Researchers at Falcon introduce a model with a million-token context. It runs on one node.\n\n"
        "* **Birch 2.6: Advancing open coding**\n\n"
        "Researchers from Birch introduce a coding model that tops two agent benchmarks. It is free.\n\n"
        "* **Cedar filter – Open Sourced**\n\n"
        "Researchers from Cedar present a small model that finds personal data in text. It is tiny.\n\n"
        "* **Dune Agents Are Running Research** on their own, turning months of work into days.\n"
    )
    split = read_markdown(tmp_path, body)
    title, text = story_with(split, "a coding model that tops two agent benchmarks")
    assert title == "Birch 2.6: Advancing open coding"
    assert "Cedar" not in text
    title, text = story_with(split, "million-token context. It runs")
    assert title == "Whale is here: Falcon-9: Towards a million-token context"
    _, cedar = story_with(split, "finds personal data")
    assert "Dune" not in cedar


def test_a_short_title_in_title_case_after_a_headline_printed_alike_is_a_headline(tmp_path: Path) -> None:
    """A title of three words in title case ("Learning by Watching"), printed once, under a story whose
    headline is printed the same way in title case ("A Walk Around Harbour Town"), over a paragraph
    of its own: the next headline, never a label inside the story above."""
    body = (
        "Health\n\n"
        "Your Brain on Coffee\n\n"
        "Coffee is the most studied drink in the world. Yet the questions about it have not gone away.\n\n"
        "Travel\n\n"
        "A Walk Around Harbour Town\n\n"
        "It was once a fishing port. Now this town is attracting painters and chefs, and tourists.\n\n"
        "Learning by Watching\n\n"
        "Children of divorced parents often learn about money through the breakup, and keep the lessons.\n\n"
        "Tech\n\n"
        "He Is a Hardware Person\n\n"
        "The phone maker is getting a new chief. A columnist looks at what the change will mean.\n"
    )
    split = read_markdown(tmp_path, body)
    _, town = story_with(split, "fishing port")
    assert "divorced" not in town
    title, _ = story_with(split, "Children of divorced parents")
    assert title == "Learning by Watching"


def test_a_credit_line_naming_two_writers_is_the_items_credit(tmp_path: Path) -> None:
    """A credit line of fields set apart by bars, its first naming two writers in seven words ("Ana
    Maria Ruiz & Tomas Bell Kent | Site | date"), under an item's title: the item's credit, never a
    headline that makes the title a section."""
    body = (
        "The Art of Letting Go\n\n"
        "Rosa Sultan | Pangea Review | 27th April 2026 | U\n\n"
        "Living with an illness is fraught. Who to tell, and when, and how? Letting go is hard.\n\n"
        "----------------------------------------\n\n"
        "Bridging the Bay\n\n"
        "Ana Maria Ruiz & Tomas Bell Kent | Failed Plans | 25th March 2026 | U\n\n"
        "The new bridge connects the two ends of the bay. It cuts the travel time through the city.\n\n"
        "----------------------------------------\n\n"
        "Withnail's Coat & I\n\n"
        "Adam Scott | On The Row | 24th April 2026 | U\n\n"
        "The battered tweed coat the actor wears is one of the most famous coats in British film.\n"
    )
    split = read_markdown(tmp_path, body)
    title, _ = story_with(split, "The new bridge connects")
    assert title == "Bridging the Bay"
    assert "Failed Plans" not in title


def test_an_item_headed_by_its_own_sentence_under_a_list_opener_is_an_item(tmp_path: Path) -> None:
    """In a body whose paragraphs are lines, a short line opening a list of items ("Harbor news:") over
    its first item, then an item of one sentence whose opening words stand before a colon ("Quay can
    now build live boards: ..."): the next item, a story of its own, never more of the first."""
    body = (
        "AI releases\n"
        "Birch open-sourced Birch-27B, a small model that beats larger ones on coding tasks.\n"
        "Harbor news:\n"
        "Harbor Connectors expanded to 200 everyday apps, letting the assistant pull in data mid-chat.\n"
        "Quay can now build live boards: dashboards connected to your data that refresh when opened.\n"
        "Falcon open-sourced Falcon-4, a reasoning model with a million-token context window.\n"
        "Cedar news:\n"
        "Cedar Studio now gives paying users higher limits and new models for prototyping.\n"
        "Cedar Research can run research across your files and data sources on its own.\n"
    )
    split = read_markdown(tmp_path, body)
    _, connectors = story_with(split, "Harbor Connectors expanded")
    assert "live boards" not in connectors
    title, _ = story_with(split, "dashboards connected to your data")
    assert title == "Quay can now build live boards"


def test_a_headline_of_two_sentences_in_title_case_heads_its_item(tmp_path: Path) -> None:
    """A headline of two sentences in title case, the second with no closing mark ("Birch Stumbled
    Into a Trade War. Cedar Was Ready"), under a label printed again ("Essay") after another item:
    a headline of its own, never the text of the item above."""
    body = (
        "Weekend Reads\n\n"
        "Interview\n\n"
        "How to Negotiate with the Harbour Board\n\n"
        "A former envoy says the talks are harder and riskier than the last round, and explains why.\n\n"
        "<https://news.example/interview>\n\n"
        "Essay\n\n"
        "Birch Stumbled Into a Global Trade War. Cedar Was Ready\n\n"
        "As the two leaders prepare to meet, the conflict shows Cedar's resilience and Birch's limits.\n\n"
        "<https://news.example/essay-one>\n\n"
        "Essay\n\n"
        "The Humbling of the Old Party Shows the Limits of Politics\n\n"
        "The party has ruled for most of the past century, reinventing itself again and again.\n\n"
        "<https://news.example/essay-two>\n"
    )
    split = read_markdown(tmp_path, body)
    _, interview = story_with(split, "A former envoy says")
    assert "Cedar" not in interview
    title, _ = story_with(split, "the conflict shows")
    assert title == "Birch Stumbled Into a Global Trade War. Cedar Was Ready"


def test_captions_closed_by_a_credit_in_capitals_are_no_story_text(tmp_path: Path) -> None:
    """Sections each of a label, a picture's caption closed by its credit in capitals ("... harbour
    wall. JANE ROE FOR PAPERS", "... the phone maker. BEN KAY/EPA/SHUTTERSTOCK"), a title and its
    paragraph: the captions go to the ledger, never the text of the story above nor a story of their
    own under a button ("See the Story"); a title right under its section's label heads its story."""
    body = (
        "Travel\n\n"
        "A painter in front of the old lighthouse on the harbour wall. JANE ROE FOR PAPERS\n\n"
        "A Tour of Harbour Town\n\n"
        "It was once a fishing port. Now this town is attracting painters and chefs, and tourists.\n\n"
        "Homes\n\n"
        "See the Story\n\n"
        "A modern house sits within the walls of a ruined mill. ANN LEE FOR PAPERS\n\n"
        "The view from the living room. ANN LEE FOR PAPERS\n\n"
        "Something Old and Something New\n\n"
        "A couple spent two years turning a ruined mill into a home, and the neighbours approve of it.\n\n"
        "Family\n\n"
        "Learning by Watching\n\n"
        "Children of divorced parents often learn about money through the breakup, and keep the lessons.\n\n"
        "Tech\n\n"
        "Jo Smith, who will lead the phone maker. BEN KAY/EPA/SHUTTERSTOCK\n\n"
        "He Is a Hardware Person\n\n"
        "The phone maker is getting a new chief. A columnist looks at what the change will mean.\n"
    )
    split = read_markdown(tmp_path, body)
    assert [s.title for s in split.stories] == [
        "A Tour of Harbour Town",
        "Something Old and Something New",
        "Learning by Watching",
        "He Is a Hardware Person",
    ]
    assert all("FOR PAPERS" not in s.text and "SHUTTERSTOCK" not in s.text for s in split.stories)
    assert all(s.section != "Learning by Watching" for s in split.stories)


def test_a_plain_label_of_the_editions_own_section_ends_the_story_above(tmp_path: Path) -> None:
    """A plain "About Us" line under the last story, over the edition's words about itself ("... is a
    showcase for ... Let us know what you think"): the edition's own section, to the ledger, never
    more of the story above."""
    body = (
        "Arts\n\n"
        "A Film Spotlights the Singer\n\n"
        "The director's drama depicts the early life of the singer in a film that sidesteps controversy.\n\n"
        "About Us\n\n"
        "Weekend Papers is a showcase for the feature writing at the Papers. Let us know what you think "
        "by emailing the editor at editor@papers.example.\n"
    )
    split = read_markdown(tmp_path, body)
    _, film = story_with(split, "sidesteps controversy")
    assert "About Us" not in film
    assert "showcase" not in film
    assert any(d.text == "About Us" and d.reason is DropReason.BOILERPLATE for d in split.dropped)


def test_an_exclamation_alone_over_an_embedded_post_is_no_story(tmp_path: Path) -> None:
    """A bold item that is only an exclamation ("Whoa!") over the placeholder of the post it reacted to
    ("Tweet:  (https://...)"), among bold titled items: nothing told, to the ledger, and the
    placeholder is the label of no section over the items after it."""
    body = (
        "## News from the usual suspects\n\n"
        "* **Whoa!**\n\n"
        "Tweet:  (https://twitter.com/someone/status/123)\n\n"
        "* **Cursor shoots for orbit**\n"
        "Cursor has found its rocket fuel. A new partnership [promises](https://cursor.example/blog) to "
        "smash its compute ceiling.\n\n"
        "* **A lab hires an intern that never sleeps**\n"
        "The lab [unveils](https://lab.example/intern) an open-source agent that automates the loop.\n"
    )
    split = read_markdown(tmp_path, body)
    assert [s.title for s in split.stories] == [
        "Cursor shoots for orbit",
        "A lab hires an intern that never sleeps",
    ]
    assert all(s.section is None or "Tweet" not in s.section for s in split.stories)
    assert any(d.text.startswith("Tweet:") and d.reason is DropReason.BOILERPLATE for d in split.dropped)


def _doubled_item(number: int, title: str, text: str) -> str:
    """An item as a body printing each label twice prints it: its number twice, glued to its title,
    and its picture's credit alone, then again glued to the text."""
    return f"↓↓{number}{number}{title}\n\n \nAnn Lee/Reuters \nAnn Lee/Reuters{text}\n\n"


def test_a_plug_label_covers_its_pitch_not_the_items_after_it(tmp_path: Path) -> None:
    """In a body printing its labels twice, a label naming a paid plug ("↓↓PlugPlug") over a pitch,
    then items each opening with the same marks ("↓↓33Bridge tolls rise"): the pitch is the
    sponsor's, to the ledger, and the items after it are stories of their own."""
    body = (
        "↓↓The CityThe City \n\n"
        + _doubled_item(
            1, "Harbour tugs go electric", "The city ordered six electric tugboats for its harbour."
        )
        + _doubled_item(2, "Ferry fares fall", "Fares on the harbour ferries fell by a fifth this spring.")
        + "↓↓PlugPlug \nWidely regarded as one of the premier trade fairs, Harbour Expo brings together "
        "35,000 builders and buyers. [Join them in May.](https://expo.example/join)\n\n"
        + _doubled_item(3, "Bridge tolls rise", "Tolls on the two harbour bridges rise by a tenth in June.")
        + _doubled_item(4, "Lighthouse reopens", "The old lighthouse reopens to visitors after two years.")
    )
    split = read_markdown(tmp_path, body)
    assert [s.title for s in split.stories] == [
        "Harbour tugs go electric",
        "Ferry fares fall",
        "Bridge tolls rise",
        "Lighthouse reopens",
    ]
    assert all(s.section is None or "Plug" not in s.section for s in split.stories)
