"""Tell newsletter chrome from news: sponsors, polls, prompts, jobs, footers, navigation.

Each rule is a keyword family plus a size limit: a short block that says
"Subscribe" is a prompt, a 200-word report that mentions subscribers is news.
Section headings are judged the same way and decide for their whole section
(see :func:`section_reason`).
"""

from __future__ import annotations

import re

from attrs import frozen

from digest.models import DropReason
from digest.text.links import is_sign_up_page
from digest.text.shape import is_read_more, strip_time_code, words

__all__ = [
    "COUNTERS",
    "ITEM_NUMBER",
    "MARKDOWN_LINK",
    "PICTURE_CREDIT",
    "Verdict",
    "asks_to_apply",
    "block_verdict",
    "closing_prompt",
    "heading_verdict",
    "is_ad_label",
    "is_chrome_label",
    "is_job_listing",
    "is_link_row",
    "is_open_task",
    "opens_with_greeting",
    "previews_next_issue",
    "promotes_episode",
    "promotes_newsletter",
    "promotes_sign_up",
    "read_more_line",
    "section_reason",
    "signs_note",
    "sponsor_named",
]


@frozen
class Verdict:
    """Why a block is not news: the ledger reason and a short human detail."""

    reason: DropReason
    detail: str
    #: Printed as a heading, it covers its whole section (the edition's notes about itself).
    covers: bool = False


@frozen
class _Rule:
    reason: DropReason
    detail: str
    pattern: re.Pattern[str]
    #: Blocks longer than this many words are never caught by the rule.
    max_words: int


#: How a note greets its reader, in the languages the project reads: the opening of a short
#: greeting line (a rule below) and of an editor's note of any length (:func:`opens_with_greeting`).
_GREETINGS = (
    r"^\W*(good ((mon|tues|wednes|thurs|fri|satur|sun)day )?(morning|afternoon|evening)"
    r"|hello|hi|hey|dear|welcome( back)?|happy \w+day|greetings"
    r"|thanks?( you)? for (being an? (subscriber|reader|member)|reading)\b)\b(?!-)"
    r"|^\W*(各位读者|亲爱的读者|大家好|早上好|早安|晚上好|你好|您好)"
    r"|^\W*(guten (morgen|tag|abend)|liebe leserinnen|liebe leser|hallo|bonjour|chers lecteurs)\b"
    r"|^\W*(hola|buenos días|buenas (tardes|noches)|queridos lectores|estimados lectores)\b"
    r"|^\W*(こんにちは|こんばんは|おはようございます)"
)


def _rule(reason: DropReason, detail: str, pattern: str, max_words: int) -> _Rule:
    return _Rule(reason, detail, re.compile(pattern, re.IGNORECASE), max_words)


#: A person's name of one to four capitalised words ("Noor Haddad").
_NAME = r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){0,3}"

#: A name or an agency in a picture's credit: capitalised words ("Brendan Ruiz", "Everett Collection",
#: "iStock"), maybe with particles ("Colors Hunter de Couleurs"); at most six words.
_CREDITED = (
    r"(?-i:[A-Z]|[a-z]+[A-Z])[\w.'’&-]*"
    r"(?:\s+(?:(?-i:[A-Z])[\w.'’&-]*|de|van|von|da|di|la|le|du|of|the|&)){0,5}"
)

#: A name in capitals in a picture's credit ("JANE ROE", "EVERETT COLLECTION", "ZUMA PRESS").
_CAPS_NAME = r"[A-Z][A-Z.'’&-]+(?: [A-Z][A-Z.'’&-]+){0,3}"

#: A day as a post's metadata prints it, its weekday maybe before it: "27 Apr 2026", "April 27, 2026",
#: "Apr. 27", "2026-04-27".
_POSTED = (
    r"((?-i:[A-Z])[a-z]{2,8},?\s+)?"
    r"(\d{1,2}(st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]{2,8}\.?,?(\s+\d{4})?"
    r"|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2})"
)

#: An app store's name.
_STORE = r"(app[- ]?store|play[- ]?store|google play)"

#: The ledger detail of the edition's own event sold to the reader ("REGISTER NOW: May 14, ...").
EVENT_PROMOTION = "the edition's event: a call to register"

#: The ledger detail of a line of counts under an item ("53,484 Likes", "612 points by x · 231 comments"):
#: the item's metadata.
COUNTERS = "engagement counters"

#: The ledger detail of a picture's caption or credit.
PICTURE_CREDIT = "photo caption or credit"

# Ordered: the first rule that matches names the reason.
_RULES: tuple[_Rule, ...] = (
    _rule(
        DropReason.FOOTER,
        "unsubscribe or preferences footer",
        r"\bunsubscribe\b|manage (your )?(email )?(preferences|subscription)|update your preferences"
        r"|view (this )?(email |newsletter )?(online|in (your |a )?browser)|\bno longer wish to receive"
        r"|^\W*(read|view) (this |it )?(post |email |e-mail |issue |newsletter |edition )?"
        r"(online|on the web|in (your |a |the )?browser)"
        r"|^\W*read (this |it )?(post |email |e-mail |issue |newsletter )?in (your |a |the )?(web )?"
        r"browser\W*$"
        # The platform's call to open the post in its app ("View in app", "READ IN APP").
        r"|^\W*(read|view|open) (this |it )?(post |email |e-mail |issue )?in (the |our )?app\W*$"
        r"|you (are|were) (currently |now )?(receiving|subscribed)|you received this"
        r"|\badd us to your (e-?mail )?(address book|contacts|contact list|safe ?(sender )?list)\b"
        r"|\b(e-?mails?|newsletters?|posts?) [^.!?]{0,40}\bwill (come|arrive|be sent) from an? new "
        r"(sender|sending) (e-?mail )?address\b"
        r"|\b(reading|viewing) (a|the) plain[- ]text version of this (post|e-?mail|newsletter|issue)\b"
        r"|all rights reserved|privacy policy|\b(e-?mail|newsletter|subscription) preferences\b"
        r"|\bstop (getting|receiving) (this|these|our) (newsletters?|e-?mails?)\b"
        r"|^\W*(change|update) your (e-?mail( address)?|subscription)\W*$"
        r"|\bis an? (registered )?trademark of\b"
        r"|^\W*this e-?mail (has been|was) (sent to|intended for)\b|^\W*learn why we included this\b"
        r"|having trouble (viewing|reading) this|view it (online|in (your |a )?browser)"
        r"|\bneed an? ([\w-]+ )?(e-?mail|mail) (client|program|app|reader) to (view|read|display) this\b"
        r"|^\W*enable compatibility mode\b|^\W*can[’']?t load (the )?(styles|images)\b"
        r"|\babmelden\b|newsletter abbestellen|se désabonner|se désinscrire"
        r"|\bimpressum\b|geschäftsführer:|\bHRB \d+|registergericht|mentions légales|\bRCS \w+|siège social"
        r"|im browser (ansehen|öffnen|anzeigen|lesen)|nicht (richtig|korrekt) angezeigt"
        r"|online (ansehen|lesen)"
        r"|vous recevez (cette|ce) (lettre|e-?mail|courriel|newsletter)|version en ligne"
        r"|(voir|afficher|lire) (la lettre |cet e-?mail |la newsletter )?"
        r"(en ligne|dans (le|votre) navigateur)"
        r"|^©|copyright ©|退订|退訂|取消訂閱|取消订阅"
        r"|darse de baja|date de baja|cancelar (tu |la )?suscripci[oó]n|recibes este correo porque"
        r"|no ves bien este correo|ábrelo en (tu|el) navegador|ver en (tu|el) navegador"
        r"|todos los derechos reservados|配信停止|配信解除|ブラウザで(見る|表示)|HTML版|配信登録"
        r"|無断(転載|複製|転用)|(メール|メールマガジン|メルマガ)[^。]{0,20}(お送り|配信)しています",
        60,
    ),
    # The newsletter platform's credit at the foot of the e-mail ("Powered by The Brick House",
    # "Powered by Buttondown, the easiest way to ..."), not a sentence on what powers a product.
    _rule(
        DropReason.FOOTER,
        "the platform's credit",
        r"^\W*powered by\s+[^,.!?]{1,40}(?:,\s*the (?:easiest|simplest|best) way\b.*)?$",
        15,
    ),
    # The edition's staff, three names or more each with a role, set apart by semicolons ("Ana Ruiz,
    # Editor; Tom Bell, Publisher; Jo Kim, Designer"): its credits, never a story.
    _rule(
        DropReason.BOILERPLATE,
        "the edition's staff and their roles",
        rf"^\W*({_NAME},[^;,\n]{{1,40}};\s*){{2,}}{_NAME},[^;,\n]{{1,40}}$",
        80,
    ),
    # Who helped write the edition, alone on its line ("Rafaela Jinich contributed to this newsletter.",
    # "Ana Ruiz and Tom Bell contributed reporting to this issue."): its credits, never a story.
    _rule(
        DropReason.BOILERPLATE,
        "the edition's staff and their roles",
        rf"^\W*{_NAME}(?:(?:,| and| &|, and) {_NAME})* contributed (?:reporting )?to this"
        r" (?:newsletter|issue|edition|briefing|report|story)\W*$",
        20,
    ),
    # A line giving the sender's address to write to, a label and the address ending the line
    # ("Technical issues and support requests: support@example.com", "Send tips to tips@example.com"):
    # the edition's contact details, never a story. A message's header line ("From: Ana <ana@...>") is
    # the masthead's.
    _rule(
        DropReason.FOOTER,
        "the sender's contact address",
        r"^(?!\W*(from|to|cc|bcc|reply-to|sender)\W*:)[^@]{0,100}[\s:]\W{0,2}[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$",
        14,
    ),
    _rule(
        DropReason.SPONSOR,
        "sponsor or partner block",
        r"^\W*(\*\*)?((today'?s|this (week|issue|edition)'?s) (sponsor|partner)|sponsored|sponsor"
        r"|our partners?|partner message|advertisement|anzeige|werbung|publicité|partenaires?"
        r"|sponsoris[ée]e?|patrocinad[oa]|patrocinador"
        r"|publicidad)\b"
        r"|^\W*together with\b[^.!?,]*$|[(\[](sponsor|sponsored|ad|partner|advertisement|promoted)[)\]]"
        r"|in partnership with|presented by|brought to you by|^\W*a message from\b"
        r"|^\W*(from|a word from) our (partners?|sponsors?)\b"
        r"|sponsored by|paid (post|content|partnership)|(want|interested) (to|in) advertis"
        r"|advertise (with|in) us|advertise in \w+",
        40,
    ),
    # A line listing what the edition holds ("Au menu cette semaine : la 5G, un rachat et une amende").
    _rule(
        DropReason.NAVIGATION,
        "table of contents or teaser list",
        r"^\W*(in (this|(this |to)(day|morning|afternoon|evening|night|week|weekend)['’]?s)"
        r" (issue|edition|newsletter)|inside this issue|au (menu|sommaire)( de)?"
        r"( cette semaine| aujourd'hui| ce (matin|soir)| de (ce|cette) (numéro|lettre|semaine))?"
        r"|dans (ce|cette) (numéro|lettre|édition)|in dieser ausgabe|heute in dieser ausgabe"
        r"|en esta edición|en este número|hoy en (esta|la) edición"
        r"|本期(导读|要点|看点|内容)|今日看点)\s*[:：]",
        60,
    ),
    _rule(
        DropReason.AFFILIATE,
        "affiliate note",
        r"affiliate link|\baffiliate\b|we (may )?(earn|receive|get|make) a (small )?commission",
        40,
    ),
    _rule(
        DropReason.POLL,
        "reader poll",
        r"\b(your vote|cast your vote|vote (now|below|here)|pick your (top )?(choice|favou?rite)"
        r"|take (our|the|this) (quick )?(poll|survey)|reader poll|what should we cover"
        r"|how did we do|rate (this|today'?s) (issue|edition|newsletter)|did you (like|enjoy) (this|today)"
        r"|choose from the list|improving your (newsletter|e-?mail|reading) experience"
        r"|we[’']?d love (to hear )?your feedback"
        r"|what did you think of (this|today'?s|the) (email|issue|edition|newsletter|post)"
        r"|how (was|did you like) (this|today'?s) (email|issue|edition|newsletter|post)"
        r"|qué te pareció (esta|la|el) (edición|boletín|newsletter|correo))"
        r"|^\W*((quick |reader )?poll|sondage|umfrage|encuesta)\s*:|アンケート|いかがでしたか",
        40,
    ),
    # The edition's game for its reader: a puzzle's blurb and the day's clue ("Our daily word puzzle
    # with a plot twist.", "Today's clue is: ..."), not a report about a puzzle.
    _rule(
        DropReason.POLL,
        "games, puzzles or trivia",
        r"^\W*(?:(?:try|play) )?our (?:\w+ )?(?:daily|weekly) (?:[\w-]+ )?(?:puzzle|game|quiz|crossword)\b"
        r"|^\W*(?:today|yesterday|this week|last week)'s (?:clue|puzzle|riddle|crossword|quiz)(?: answer)?\b",
        20,
    ),
    _rule(
        DropReason.PROMOTION,
        "subscribe, referral or share prompt",
        r"forwarded (this|by)|refer (a |your |\d+ |more )?friends?|you'?ve referred|you have referred"
        r"|\byou referred \d+ (people|friends?|readers?|subscribers?)\b"
        r"|like what you read\?|^\W*enjoying (this |the |today'?s )?[\w&'’ -]{1,40}\?"
        r"|forward (this|it) to (a|your|any) (friend|colleague)s?|reenv[ií]a(lo|la)? a (un|una|tus?) "
        r"|suscr[ií]bete|友達に(転送|紹介)|\bon patreon\b|buy me a coffee"
        r"|recommend \S+ to a (friend|colleague)|sharing is caring"
        r"|\bgift (an? )?(subscription|membership)\b|^\W*gift\b[^.!?]{1,40}\bto a (friend|colleague)\W*$"
        r"|^\W*share [\w'’ -]{1,40} with (your )?(friends|colleagues)\W*$"
        r"|^[\W_]*share [\w'’ -]{1,40} with (one|a) (person|friend)\b"
        r"|^\W*(\w+( \w+)?:\s*)?get (the |our )?([\w&'’-]+ ){1,5}newsletter\b"
        r"|\bupgrade your (sub|subscription|membership|plan)\b"
        r"|share (this|it) with|invite (your )?friends|one friend, one click|download (the |our )?\S+ app"
        r"|get the app|^\W*upgrade (now|today)\W*$|upgrade to (a )?(premium|paid|pro)\b"
        r"|becom(e|ing) an? (paid |paying |founding )?(member|subscriber|supporter|patron)\b"
        r"|not an? (paid |paying )?(member|subscriber) yet\b|[?&]ref="
        r"|transférez-(la|le)|pour vous abonner|abonnez-vous|leiten sie (diesen|den) newsletter"
        r"|jetzt abonnieren|empfehlen sie uns|already a paid subscriber"
        r"|keep reading with an? (\d+-day )?free trial"
        r"|^\W*start (a |your )?(free |\d+-day )?(free )?trial\W*$"
        r"|subscribe (here|now|today|for free|to (our|the|this|my))"
        r"|sign up (here |now |today )?for (our|this|my) ([\w&'’-]+ ){0,5}"
        r"(newsletters?|briefings?|e-?mails?)\b"
        r"|join (our|the) (free )?(community|open house|webinar|waitlist)|tell your friends"
        r"|https?://refer\.|/refer(ral)?\b|get (free )?(swag|rewards)"
        r"|reader-supported publication|becoming a (free or paid |paid )?subscriber"
        r"|\bis (proudly |a |an |entirely |fully )*reader-supported\b|\bgo paid\b"
        r"|subscribe to (get|receive) (every|all|new|future)\b"
        r"|sign up for an? (premium|paid|free) (subscription|membership|plan|tier)\b"
        r"|^\W*interested in receiving (all|more|every)\b"
        r"|this post is public so feel free to share"
        r"|to receive new posts and support|click to share|share (this|the) (post|issue|newsletter|email)\b"
        r"|欢迎转发|转发给|点击关注|关注(我们|本号|公众号)|订阅(本刊|我们)",
        40,
    ),
    # A slogan of one-word sentences alone on its line ("Truth. Insight. Ideas."): the publication's
    # tagline over its pitch, no news; "Watch. Michael (out now) is ..." labels a paragraph.
    _rule(
        DropReason.BOILERPLATE,
        "the publication's slogan",
        r"^[^\w]*(?:(?-i:[A-Z])[\w'’-]*\.\s+){2,4}(?-i:[A-Z])[\w'’-]*\.\W*$",
        5,
    ),
    # The edition's own event, sold to the reader: a paragraph opening with a call to register and
    # its date ("REGISTER NOW: May 14, 2 p.m. ET | The job market ..."), or telling of a workshop,
    # forum or webinar and closing with that call ("... Learn more and register today."). A story
    # on voter registration registers no reader for an event of the edition's.
    _rule(
        DropReason.PROMOTION,
        EVENT_PROMOTION,
        r"^\W*(?:register|rsvp|save your (?:seat|spot)|reserve your (?:seat|spot))"
        r"(?: (?:now|today|here|for free))?(?:\s*[:|!–—-]|\W*$)"
        r"|\b(?:workshop|webinar|forum|masterclass|summit|virtual event|live event|(?:online )?course)s?\b"
        r"[^\n]*[.!?]\s+(?:learn more and |please )?"
        r"(?:register|save your (?:seat|spot)|reserve your (?:seat|spot)) (?:now|today|here|for free)\W*$",
        120,
    ),
    # A referral is the edition's own prompt when it speaks to the reader ("your referral link",
    # "Referral program"); "users shared referral links to gain credits" reports what others did.
    _rule(
        DropReason.PROMOTION,
        "subscribe, referral or share prompt",
        r"\byour (unique |personal |own )?referral"
        r"|^\W*(\*\*)?referral (link|program|programme|code|bonus)s?\b",
        40,
    ),
    _rule(
        DropReason.PROMOTION,
        "subscribe, referral or share prompt",
        # An app store is a prompt when the line sends the reader there ("Download on the App Store",
        # "App Store · Google Play"), not when a headline reports on one ("FTC sues over app store fees").
        rf"\bsubscribe\b|\bsign up\b|follow us on|^\W*{_STORE}\W*$"
        rf"|\b(download|get|install|available|listen|find us)\b[^.!?]{{0,40}}\b{_STORE}"
        rf"|{_STORE}\W+((and|or|&)\W+)?{_STORE}",
        15,
    ),
    # A paywall's prompt inside the post ("UPGRADE TO READ THE REST", "Join Premium members from top
    # companies ..."): the publication selling its subscription, not a story.
    _rule(
        DropReason.PROMOTION,
        "subscribe, referral or share prompt",
        r"^[\W_]*upgrade to (?:read|unlock|access|continue|keep reading|see)\b"
        r"|^[\W_]*join[\W_]*(?:\d[\d,.]*k?\+?\s+)?(?:premium|paid|pro)\s+(?:members|subscribers)\b"
        # Its price for the reader ("Isn't it time we made this thing official? Paid subscriptions
        # start at $10 per month."), or who pays for it ("Our journalism is made possible by our
        # subscribers. Become one today »"): an app's "paid tiers cost $4 a month" reports another's.
        r"|\bmade possible by (?:our |your )?(?:paying |paid )?(?:subscribers|readers|members|supporters)\b"
        r"|\bpaid (?:subscriptions?|memberships?)(?: \[[^\]\s]*\])?"
        r" (?:start|starts|begin|begins) (?:at|from) [$€£]\d"
        # Or the call to subscribe at a price ("Subscribe for less than $2 a week."): the reader asked
        # to pay; "subscribers pay $4 a month" reports a price.
        r"|\bsubscribe (?:now |today )?for (?:less than |under |just |only |as little as )?[$€£]\s?\d"
        # Or a referral programme's count ("You currently have 0 referrals, only 3 away from receiving
        # ..."): the reader's own tally, no news.
        r"|\byou (?:currently )?have \d+ referrals?\b|\b\d+ (?:more )?referrals? away from\b",
        40,
    ),
    _rule(
        DropReason.POLL,
        "reader poll",
        r"^\W*(umfrage|sondage|poll|quick poll|encuesta)( der woche| of the week| de la semaine)?\W*$",
        5,
    ),
    _rule(DropReason.PROMOTION, "postscript note (P.S.)", r"^\W*P\.\s?S\.", 80),
    # The edition asking to be let through the reader's mail filters: about its delivery, no news.
    _rule(
        DropReason.BOILERPLATE,
        "delivery note (safe sender, promotions tab, contacts)",
        r"\bas an?\W{0,2}safe sender|\bcheck (your|the)\W{0,2}(spam|junk|promotions)\W{0,2} (tab|folder)\b"
        r"|\bwhitelist (us|our|this|me)\b"
        r"|\badd (us|me|[\w.+-]+@[\w.-]+) to your (contacts|address book|safe senders?( list)?)\b"
        r"|\bmark (us|it|this (e-?mail|newsletter)|[\w.+-]+@[\w.-]+) as (\W?not spam|\W?safe)"
        r"|\bmove (this|us|it) (e-?mail |message )?to (your )?(primary|inbox)\b",
        60,
    ),
    # The edition's notes about itself: its podcast version, and who may read a copy.
    _rule(
        DropReason.BOILERPLATE,
        "podcast or licence note",
        r"\bavailable as a podcast\b|\bin your podcast player\b|intended for (a )?single recipients?"
        r"|\bgroup (subscriptions?|discounts?)\b",
        60,
    ),
    _rule(
        DropReason.JOBS,
        "job listings",
        r"^\W*(see|view|browse) (all|more)( \d[\d,]*)?( open)? (roles|jobs|positions|openings)\b",
        10,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "disclaimer",
        r"本文仅供参考|不构成(任何)?投资建议"
        r"|\bnot (intended as |to be taken as |meant as |constitute )?"
        r"(financial|investment|legal|medical|tax) advice"
        r"|for (general )?informational purposes only",
        40,
    ),
    _rule(
        DropReason.SPONSOR,
        "sponsor or partner block",
        r"^\W*(\d{1,3}[.)]\s*)?【(合作推广|广告|推广|赞助|PR|AD|広告|スポンサー)】",
        80,
    ),
    # An editor's signature under a note ("— Priya Desai, Tom Whitfield"), or an item's byline under
    # it, its affiliation maybe after it ("-- Bill Kent (Quay Labs)", "―Dana Eggs").
    _rule(
        DropReason.BOILERPLATE,
        "signature",
        r"^\s*[—–―~-]+\s*(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:\s*(?:,|and|&)\s*"
        r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}))*(?:\s*\([^()\n]{1,40}\))?\s*$",
        12,
    ),
    # A note about the edition itself ("Housekeeping: I'm taking next Thursday off.").
    _rule(
        DropReason.BOILERPLATE,
        "the edition's notes about itself",
        r"^\W*(housekeeping|programming note|schedule note|in eigener sache|note de la rédaction)\s*:",
        60,
    ),
    # The edition telling what it stands for, in its own voice ("At Tide Signal, our mission is to build
    # a community ...", "Our partnerships are based on shared values ... Privacy is a priority ..."):
    # the sender's statement of its mission, partnerships or privacy, printed under the last item.
    _rule(
        DropReason.BOILERPLATE,
        "the edition's notes about itself (its mission, partnerships or privacy)",
        r"^(?![“\"‘'])\W*(?:at [^,.!?]{1,40}, )?our (?:mission|partnerships?|sponsorships?) (?:is|are)\b",
        150,
    ),
    # The edition's tagline and thanks, under an "About us" label or none ("The 10-Point is your guide
    # to The Wall Street Journal's reporting ... Your subscription makes our journalism possible."):
    # the sender describing itself, opening the paragraph, not a story about a guide.
    _rule(
        DropReason.BOILERPLATE,
        "the edition's notes about itself (its mission, partnerships or privacy)",
        r"^(?![“\"‘'])\W*(?:the )?[\w'’&.-]+(?: [\w'’&.-]+){0,4} is your "
        r"(?:daily |weekly |morning |evening )?(?:essential |trusted )?guide to\b"
        r"|^\W*your (?:subscription|support|membership) makes (?:our|this|all of this) "
        r"(?:journalism|work|newsletter|reporting) possible\b",
        60,
    ),
    # A footnote under the post ("[^1]: Tessaline has not said which process variant."): an aside to
    # a sentence above, not a story.
    _rule(DropReason.BOILERPLATE, "footnote", r"^\[\^\w{1,8}\]:\s", 200),
    # A note closed by the mark leading back to where it was cited ("... CoinDesk. ↩ <https://...#ref-2>",
    # "[↩](#fnref:1)"): a footnote or reference at the post's end, maybe with its anchor's link.
    _rule(
        DropReason.BOILERPLATE,
        "footnote",
        r"↩\ufe0e?\]?(?:\(#[^\s()]*\)|\s*[<\[]https?://[^\s<>\[\]#]*#[^\s<>\[\]]*[>\]])?\s*$",
        200,
    ),
    # A footnote to figures ("Stock data as of market close, crypto data as of 5:00pm ET.").
    _rule(
        DropReason.BOILERPLATE,
        "data footnote",
        r"^\W*(sources?\s*:[^.,]{1,40},\s*)?([\w-]+ )?(data|prices|quotes) (is |are )?as of\b",
        25,
    ),
    # A row of a table ("| Nasdaq | 19,842.10 | +1.2% |"): figures for the eye, not a story.
    _rule(DropReason.BOILERPLATE, "table row", r"^\s*\|.*\|\s*$", 80),
    # A task list's item ("- [ ] Book the room", "- [x] Send the invite"): the editors' to-dos.
    _rule(DropReason.BOILERPLATE, "checklist item", r"^\s*\[[ xX]\]\s", 30),
    _rule(
        DropReason.BOILERPLATE,
        "newsletter tagline",
        r"^\W*(an?|the|your) (\w+ )?(daily|weekly|monthly|fortnightly) (briefing|newsletter|digest|roundup"
        r"|round-up|dispatch|note|read|look) (on|about|of|for|covering)\b",
        30,
    ),
    _rule(DropReason.PROMOTION, "comment or giveaway prompt", r"欢迎在评论区留言|点赞最多|留言抽奖", 80),
    _rule(
        DropReason.JOBS,
        "job listings",
        r"^\W*(career|careers|jobs?|job board|job openings|open positions|we'?re hiring|hiring now)\b",
        8,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "AI-generated or source credit line",
        r"^\W*(source|sources|image|photo|credit)s?\s*:.*\b(ai[- ]generated|public domain|getty|shutterstock)"
        r"|^\W*ai[- ]generated\b",
        20,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "reading time or byline",
        r"^\W*(reading time|read time)\b|^\W*\d+\s*(min|minute)s?\s*read\b"
        r"|\b\d[\d,]*\s+words\b\W+(\w+\W+){0,2}\d+\s*(min|mins|minutes)\b"
        r"|^\W*(today'?s )?(edition|issue|newsletter) (is )?(written|edited|curated) by\b"
        r"|^\W*(curated|edited|compiled)( and (written|edited|curated|compiled))? by\s+(?-i:[A-Z])",
        12,
    ),
    # Its opening tells what it is, whatever follows ("Today's newsletter was curated and edited by
    # Ada Byrne and Tom Ilić with ... Got a tip for us?").
    _rule(
        DropReason.BOILERPLATE,
        "reading time or byline",
        r"^\W*(today'?s |this )(edition|issue|newsletter) (is |was )?(written|edited|curated|produced"
        r"|compiled)( and (written|edited|curated|produced|compiled))? by\s+(?-i:[A-Z])",
        40,
    ),
    # The edition's length told in words and minutes, after its editors' names maybe ("Today's
    # newsletter, edited by ..., is 1,984 words, 7½ minutes.", "... is 1,200 words, a 5-minute read").
    _rule(
        DropReason.BOILERPLATE,
        "reading time or byline",
        r"\b\d[\d,]*\s+words\s*[,;·|/(—–-]+\s*((a|an|about|around|roughly)\s+)?"
        r"\d+(?:[.,]\d+)?[½¼¾⅓⅔]?\s*-?\s*(min|mins|minutes?)\b"
        r"|^\W*(today'?s |this )(edition|issue|newsletter|email)\b[^.!?]{0,120}"
        r"\b\d+(?:[.,]\d+)?[½¼¾⅓⅔]?[- ](min|minute)s?[- ]read\b",
        30,
    ),
    # The edition's credit ("Import Notes is written by Jack Moreau. You can reply to this email.",
    # "Today's newsletter was curated and edited by ...").
    _rule(
        DropReason.BOILERPLATE,
        "reading time or byline",
        r"^\W*(?-i:[A-Z])[\w&'’.-]*(\s+[\w&'’.-]+){0,4} (is|was) ((written|edited|curated|produced)"
        r"( and (copy[- ])?(written|edited|curated|produced))?|an? (\w+ )?(newsletter|digest)) by"
        r"(:\s+\S|\s+(?-i:[A-Z]))",
        30,
    ),
    _rule(
        DropReason.BOILERPLATE,
        PICTURE_CREDIT,
        # The credit is names and agencies ("Photo: Chip Somodevilla/Getty Images", "Illustration by
        # Jane Doe for Axios"), not a sentence ("The big picture: Investors poured $2 billion ...").
        # A caption may run into its credit with no space ("Abbas AraghchiPhotographer: Dado Galdieri").
        r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
        r"(photo|photograph|photographer|image|illustration|picture|cartoon|drawing|artwork|credit"
        r"|source: getty"
        # or a caption's full stop glued to its credit ("A Tin Can phone.Source: Tin Can").
        r"|(?<=[a-z][.!?])source)s?\s*(:|by)\s*"
        r"(?-i:(?:(?:[A-Z0-9@][\w.'’&/@-]*|of|via|and|for|from|the|courtesy|in|on|at|[/&,|-])\s*){1,12})\.?$",
        20,
    ),
    # A caption closed by its picture's credit in capitals, the photographer for the paper or the names
    # of agencies set apart by slashes ("The view from the living room. JANE ROE FOR PAPERS", "John
    # Doe, who will lead the firm. ANN LEE/EPA/SHUTTERSTOCK"), or that credit alone: never news text.
    _rule(
        DropReason.BOILERPLATE,
        PICTURE_CREDIT,
        rf"(?-i:(?:^|[.!?”’)]\s+){_CAPS_NAME}(?: FOR {_CAPS_NAME}|(?:\s?/\s?{_CAPS_NAME})+)"
        rf"(?:, {_CAPS_NAME})*)\s*$",
        45,
    ),
    # A picture's credit set in parentheses on its own, in full ("(Illustration by Ada Ruiz / The Daily.
    # Source: Getty.)") or as names and agencies set apart by slashes ("(Ada Ruiz / AFP / Getty)",
    # "(iStock / Getty)"); and an illustration's list of sources ("Illustration Sources: A / Getty; B").
    _rule(
        DropReason.BOILERPLATE,
        PICTURE_CREDIT,
        r"^\W{0,3}\(\s*(photo(graph)?|image|illustration|picture|animation|artwork)s?\s*(by|:)\s[^()]{1,200}\)\W{0,3}$"
        rf"|^\W{{0,3}}\(\s*{_CREDITED}(\s*/\s*{_CREDITED}){{1,4}}\s*\)\W{{0,3}}$"
        r"|^\W{0,3}(photo(graph)?|image|illustration|picture)s?\s+(sources?|credits?)\s*:",
        40,
    ),
    # What a text part prints where the HTML showed a picture: its address or link after a label ("View
    # image: (https://...)", "Follow image link: (https://...)", "Image: https://..."), a bare marker
    # ("[image]"), and the caption under it ("Caption: ..."): never a title nor words of a story.
    _rule(
        DropReason.BOILERPLATE,
        "picture placeholder (an image's address, link or caption)",
        r"^\W*(?:(?:view|follow|open)\s+)?(?:image|photo|picture|img)(?:\s+link)?\s*:\s*\(?\s*<?https?://\S+\s*$"
        r"|^\W*\[\s*(?:image|photo|picture|img)\s*\]\W*$"
        r"|^\W*(?:(?:photo|image|picture)\s+)?caption\s*:",
        60,
    ),
    # What a text part prints where the HTML embedded a post or a video: its kind and address alone
    # ("Tweet:  (https://twitter.com/...)", "Video: https://..."): never a section's label nor a story.
    _rule(
        DropReason.BOILERPLATE,
        "embedded post placeholder (its address)",
        r"^\W*(?:embedded\s+)?(?:tweet|x post|post|video|embed)\s*:\s*\(?\s*<?https?://[^\s()<>]+[>)]?\s*$",
        4,
    ),
    # A name, not a phrase: "By Jane Doe", never "**By the numbers:**" over a story's figures.
    _rule(DropReason.BOILERPLATE, "byline", r"^\W*(by|words by|written by)\s+(?-i:[A-Z])[\w.'-]+", 5),
    # A byline naming its writers ("By Ana Ruiz, Tom Bell, and Jo Kim"): names only, to the line's end.
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        rf"^\W*(by|words by|written by)\s+{_NAME}((\s*,|\s*,?\s+(and|&))\s+{_NAME})+\s*$",
        16,
    ),
    # The edition's thanks to its editors ("Big thanks to Zach Basu for editing this newsletter.").
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        r"^\W*((big|many|special) )?thanks to\s+(?-i:[A-Z])[^.!?]{0,80}\bfor (copy[- ])?(editing|producing"
        r"|illustrating|fact-checking)\b",
        30,
    ),
    # A paid tier's pitch ("Capitol Brief Pro: Get the full picture. Start a free trial.").
    _rule(
        DropReason.PROMOTION,
        "subscribe, referral or share prompt",
        r"^\W*[^.!?:]{2,40}:\s.*\b(start|begin|get) (a|your) (\d+-day )?free trial\b",
        25,
    ),
    # The edition's credits ("Edited by Noor Haddad. Copy edited by Luis Park.").
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        rf"^\W*((copy[- ])?edited|curated|produced|compiled) by\s+{_NAME}"
        rf"\W*((and )?((copy[- ])?edited|curated|produced|compiled|written|illustrated|designed)"
        rf" by\s+{_NAME}\W*)*$",
        16,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        r"^\W*by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
        r"(?:\s*(?:,|and|&)\s*(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}))*\W*$",
        14,
    ),
    # The frame of a post embedded from a social network ("View this post on Instagram", "A post shared
    # by Ana Ruiz (@anaruiz)"): the embed's furniture, never a title nor words of the story around it.
    _rule(
        DropReason.BOILERPLATE,
        "an embedded post's frame",
        r"^\W*view this (post|photo|video|reel|profile) on (instagram|tiktok|facebook|x|twitter|threads"
        r"|youtube|bluesky)\b|^\W*an? (post|video|photo|reel) shared by\b[^.!?()]{0,80}\(@[\w.]+\)",
        20,
    ),
    # The edition naming itself by its number, alone on its line ("This was issue #393 of The Weekly
    # Review.", "That's been edition 12!"): its closing line, no news.
    _rule(
        DropReason.FOOTER,
        "the edition's closing line (its own number)",
        r"^\W*(this|that)( was|'s been| has been| is|'s)\s+(issue|edition|episode|vol\.?|volume)"
        r"\s*(#|no\.?\s*)?\d[\d,]*\b[^.!?]{0,80}[.!]*\s*$",
        14,
    ),
    # A byline with the day it was posted and maybe its reading time after a mark ("By Ana Ruiz •
    # 27 Apr 2026", "By Ana Ruiz and Tom Bell | April 27, 2026 | 6 min read"): the post's metadata.
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        rf"^\W*by\s+{_NAME}((\s*,|\s*,?\s+(and|&))\s+{_NAME})*\s*[•·|–—,-]\s*{_POSTED}"
        r"(\s*[•·|–—,-]\s*\d+\s*(min|mins|minutes?)(\s+read)?)?\W*$",
        20,
    ),
    # An aggregator's credit over the item it links ("Mark Gurman / Bloomberg:").
    _rule(
        DropReason.BOILERPLATE,
        "byline",
        r"^\W*(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*/\s*[^:/]{2,40}:\s*$",
        10,
    ),
    _rule(DropReason.NAVIGATION, "related links", r"^\W*more:\s+\S", 14),
    # A link to the rest of a list on the site ("See all of today's launches →", "View more deals").
    _rule(DropReason.NAVIGATION, "related links", r"^\W*(see|view|browse|explore) (all|more)\b[^.!?:]*$", 10),
    # A story's credit line ("Source: Nature Geoscience", "Via: The Verge", "h/t Jane Doe").
    _rule(
        DropReason.BOILERPLATE,
        "source credit",
        # "Source: Baltic Wire | 2026-02-05" is an export's metadata, read with its story.
        r"^\W*(sources?|via|h/t|hat tip)\s*:?\s+(?-i:[A-Z@])[^.!?|\d]{1,60}$",
        8,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "greeting or sign-off",
        # A wish alone on its line ("🌸 Happy spring!") greets too; it opens no editor's note.
        _GREETINGS + r"|^\W*happy(\s+[\w'’-]+){1,2}\s*!\W*$"
        r"|^\W*(thanks for reading|thank you for reading|see you|until next time|cheers"
        r"|best regards|that'?s (it|all) for"
        r"|have a (great|nice|good|wonderful|lovely|fantastic|restful|relaxing)"
        r"|ich wünsche ihnen|viele grüße|bis (morgen|bald)|bonne (journée|lecture))\b",
        20,
    ),
    # A sign-off may run on ("That's it for today. If you enjoyed this, forward it ..."): its
    # opening says what it is, whatever follows.
    _rule(
        DropReason.BOILERPLATE,
        "greeting or sign-off",
        r"^\W*(thanks for reading|thank you for reading|until next time"
        r"|that'?s (it|all) for (today|this week|this issue|now)|see you (next|tomorrow|on monday))\b",
        60,
    ),
    _rule(
        DropReason.BOILERPLATE,
        COUNTERS,
        r"^[\W\d]*((likes?|comments?|shares?|restacks?|share)\b[\W\d]*)+$|^[^\w\s$€£¥+-]+\s*\d[\d,.]*[kKmM]?$",
        8,
    ),
    # A discussion's score line under a linked item ("612 points by mkoster · 231 comments").
    _rule(
        DropReason.BOILERPLATE,
        COUNTERS,
        r"^\W*\d[\d,.]*k?\s+(points?|votes?|upvotes?)\b.*\b\d[\d,.]*k?\s+comments?\W*$",
        12,
    ),
    # The edition asking its readers for next issue's material ("Please submit quotes and vote for next
    # week!", "... please add it to the calendar to get it mentioned here", "Tweet us to get your job
    # offers listed here!").
    _rule(
        DropReason.BOILERPLATE,
        "call for readers' submissions",
        r"^\W*(please )?(submit|send|suggest|nominate|share)\b[\w ,'-]{0,50}\bfor (the )?next "
        r"(week|issue|edition)\b"
        r"|\bto (get|have) (it|them|yours?|your [\w -]{1,30}) (mentioned|featured|included|listed) "
        r"(here|in (this|the|our|next) (newsletter|issue|edition))\b"
        r"|\bto be (mentioned|featured|included|listed) "
        r"(here|in (this|the|our|next) (newsletter|issue|edition))\b",
        40,
    ),
    _rule(
        DropReason.BOILERPLATE,
        "reply or feedback prompt",
        r"^\W*(reply|feedback|comments?|like|share|forward|(more|less) like this|leave a comment)\W*$"
        r"|hit reply|reply to this (email|newsletter)",
        8,
    ),
    # The edition asking for its readers' word at its own address, in a short paragraph ("Dataset
    # suggestions? Criticism? Send feedback to <ed@example.org>, or just reply to this email.",
    # "Looking for particular recommendations? Comment below or reply to this email"): the sentence
    # names the feedback and the address to send it to ("... feedback on these changes: ed@..."), says
    # to reply to the e-mail or to comment.
    _rule(
        DropReason.BOILERPLATE,
        "reply or feedback prompt",
        r"\b(send|email|e-mail|write|drop)\b[^.?!]{0,40}\b(feedback|suggestions?|comments|thoughts|tips)"
        r"\b[^.?!]{0,20}(?:\b(?:to|at)\s+|:\s*)<?[\w.+-]+@"
        r"|\bor (just )?(reply|respond) to this (email|e-mail|newsletter|message)\b"
        r"|\bcomment below\b|\b(let (me|us) know|share your thoughts) in the comments( below)?\b",
        60,
    ),
)

#: Page furniture: menus, logos, anchors, "read more" buttons.
_NAVIGATION = re.compile(
    r"^\W*(back to top|older posts|newer posts|read more|read online|table of contents|in this issue|"
    r"in today'?s (issue|edition)|skip to content|app-?store\s*play-?store)\W*$",
    re.IGNORECASE,
)
#: The ledger detail of an item's number on a line of its own.
ITEM_NUMBER = "an item's number on a line of its own"
#: An item's number printed on a line of its own ("1", "#2", "03."), over the item's headline.
_ITEM_NUMBER = re.compile(r"^[#№(]?\d{1,3}[.):]?$")
#: Words that, alone or together, make a menu line ("Home Archive", "Posts").
_MENU_WORDS = frozenset(
    "home posts archive archives about login log in sign signup menu search logo # top next previous more "
    "contents latest popular subscribe account".split()
)

#: Lists of job openings: "Company: Role, City" or "CompanyRole, City".
_JOB_ROLE = re.compile(
    r"\b(manager|engineer|associate|intern|internship|analyst|specialist|representative|director|"
    r"developer|designer|strategist|consultant|coordinator|officer|assistant|lead|head of|scientist|"
    r"marketing|sales|operations|recruiter)\b",
    re.IGNORECASE,
)
_ENDS_WITH_PLACE = re.compile(r",\s*[A-Z][\w.' -]{1,30}$")


#: An editor's note of any length opens so ("Good morning, and welcome to the 112 new subscribers").
_GREETING = re.compile(_GREETINGS, re.IGNORECASE)


#: How a sponsor's label names it ("Presented by Ledgerline", "Together with Acme Cloud").
_SPONSOR_NAME = re.compile(
    r"\b(?:presented by|sponsored by|brought to you by|together with|in partnership with|a message from)"
    r"\s*:?\s*(?P<name>[^\s.,:;!?]+)",
    re.IGNORECASE,
)


def sponsor_named(label: str) -> str | None:
    """The first word of the sponsor a label names ("Presented by Ledgerline" -> "Ledgerline")."""
    found = _SPONSOR_NAME.search(label)
    return found["name"] if found else None


def read_more_line(text: str) -> bool:
    """Whether a line is only a "Read more →" call, with or without its address printed
    ("▶ 詳しくはこちら https://..."): the link of the story above it."""
    return is_read_more(_PRINTED_URL.sub(" ", text))


#: An address printed as text.
_PRINTED_URL = re.compile(r"https?://\S+")


#: An editor's signature under a note: a name, with a closing word before it or a role after it
#: ("Ihr Jonas Albrecht, Chefredakteur", "— Priya, editor"), or alone ("Camille Fournier").
_SIGNATURE = re.compile(
    r"^\W*(?P<closing>(ihr|ihre|euer|eure|dein|deine|votre|vos|bien à vous|amitiés|cordialement"
    r"|your|yours|best|cheers|warmly|saludos|un abrazo|atentamente|[—–~-])[,\s]+)?"
    r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?P<role>\s*,\s*[^\W\d][\w .'’-]{0,40})?\W*$",
    re.IGNORECASE,
)


def signs_note(text: str, closes_box: bool = False) -> bool:
    """Whether a short line is the editor's signature under a note: a name with a closing word or a
    role ("Ihr Jonas Albrecht, Chefredakteur"), or a name alone where the note's box closes
    (``closes_box``: a rule or a heading follows, "Camille Fournier" over "=====")."""
    stripped = text.strip()
    found = _SIGNATURE.match(stripped) if words(stripped) <= 8 else None
    if found is None:
        return False
    return closes_box or found["closing"] is not None or found["role"] is not None


def opens_with_greeting(text: str) -> bool:
    """Whether ``text`` opens by greeting its reader ("Good morning, and welcome ...")."""
    return _GREETING.search(text.strip()) is not None


def block_verdict(text: str, extra: tuple[re.Pattern[str], ...] = ()) -> Verdict | None:
    """Why one block (a paragraph, bullet or line) is chrome, or None if it may be news."""
    stripped = text.strip().replace("\u2019", "'").replace("\u2018", "'")
    if not stripped:
        return Verdict(DropReason.EMPTY, "empty block")
    # A segment's time code says where it is, not what it is: "00:29:30 — A word from our sponsor".
    stripped = strip_time_code(stripped) or stripped
    for pattern in extra:
        if pattern.search(stripped):
            return Verdict(DropReason.BOILERPLATE, f"matches the pattern {pattern.pattern!r}")
    if _NAVIGATION.match(stripped) or _is_menu(stripped) or read_more_line(stripped):
        return Verdict(DropReason.NAVIGATION, "navigation or page furniture")
    if not any(char.isalnum() for char in stripped):
        return Verdict(DropReason.NAVIGATION, "decoration with no words (emoji, marks)")
    if _ITEM_NUMBER.match(stripped):
        return Verdict(DropReason.NAVIGATION, ITEM_NUMBER)
    count = words(stripped)
    for rule in _RULES:
        if count <= rule.max_words and rule.pattern.search(stripped):
            return Verdict(rule.reason, rule.detail)
    if count <= _BUTTON_WORDS and "://" in stripped and (own := _BUTTON_ADDRESS.match(stripped)) is not None:
        # "Upgrade today (https://.../upgrade)": a text part prints a button's address after its words;
        # the button is read on its words, as the same button printed as a link is.
        return block_verdict(own[1], extra)
    return None


#: A line of words followed by its own address in brackets, as a text part prints a button or a
#: link ("Upgrade today (https://...)", "Leave a Comment [https://...]", "Sign up <https://...>").
_BUTTON_ADDRESS = re.compile(r"^(.*\w)\s*[(\[<]\s*https?://[^\s()\[\]<>]+\s*[)\]>]\W*$")
#: Most words of such a button (its address counted as a word): a longer line is no button.
_BUTTON_WORDS = 12


def _is_menu(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|·•/>»]+", text.casefold()) if t]
    return (0 < len(tokens) <= 6 and all(t in _MENU_WORDS for t in tokens)) or _menu_row(text)


#: The mark between the entries of a row ("Archive | Work With Us | Sign up").
_ROW_MARK = re.compile(r"\s+[|·•]\s+")
#: Most words of one entry of a menu row.
_MENU_ENTRY_WORDS = 4


def _menu_row(text: str) -> bool:
    """A row of three entries or more set apart by bars or dots, each a few words with no sentence in
    it, one of them a page's own link ("Signup | Work With Us | Follow on X | Archive"): the menu."""
    entries = [e.strip() for e in _ROW_MARK.split(text.strip())]
    if len(entries) < 3 or any(
        not 0 < words(e) <= _MENU_ENTRY_WORDS or e.endswith((".", "!", "?")) for e in entries
    ):
        return False
    return any(all(t in _MENU_WORDS for t in e.casefold().split()) for e in entries)


def heading_verdict(text: str) -> Verdict | None:
    """Why a section heading opens a section of chrome (sponsor, jobs, prompts), or None."""
    verdict = block_verdict(text)
    if verdict is not None:
        return verdict
    if _OWN_SECTION.search(text):
        return Verdict(DropReason.BOILERPLATE, "the edition's notes about itself", covers=True)
    if words(text) > _LABEL_WORDS:
        return None  # a headline that mentions partners or jobs ("... more a partner than a servant")
    if re.search(
        r"\b(career|jobs|hiring|openings|open roles|stellenmarkt|stellenangebote|stellenanzeigen|jobbörse"
        r"|offres d'emploi|emplois?|recrutement|ofertas de empleo|empleos?)\b|招聘|求人",
        text,
        re.IGNORECASE,
    ):
        return Verdict(DropReason.JOBS, "job listings")
    if re.search(_SPONSOR_WORDS, text, re.IGNORECASE) or is_ad_label(text):
        return Verdict(DropReason.SPONSOR, "sponsor or partner block")
    if _GAMES.search(text):
        return Verdict(DropReason.POLL, "games, puzzles or trivia", covers=True)
    if re.search(r"互动|留言", text):
        return Verdict(DropReason.PROMOTION, "comment or giveaway prompt")
    return None


#: A heading of more words than this reads as a headline, not as the label of a sponsor's or jobs
#: section: its "partner" or "jobs" is a word of the news.
_LABEL_WORDS = 10


#: A section where the edition speaks of itself, not of news: its corrections, what readers clicked
#: or wrote, who its guest or author is, its back issues, its paywall.
_OWN_SECTION = re.compile(
    r"^\W*(corrections?( and clarifications)?|clarifications?|errata|korrektur(en)?|rectificatifs?"
    r"|fe de erratas"
    r"|(last (week|issue)'?s? |yesterday'?s? )?most (clicked|read|popular|opened)( links?| stories)?"
    r"( (last|this) (week|issue))?"
    r"|(from )?(the |our )?(mailbag|reader mail|letters to the editor|your letters)"
    r"|leserbriefe|courrier des lecteurs"
    r"|about (our|the|this week'?s|today'?s) (guests?|authors?|hosts?|writers?)|about the newsletter|about us"
    r"|(today|this (week|issue|edition))['’]?s (guests?|authors?|writers?)"
    r"|über (den|die) autor(in)?|à propos de l'auteur"
    r"|(previous|past|recent|back) issues|from the archives?|往期(回顾|推荐|精选)|历史文章|精选回顾"
    r"|in case you missed it|icymi|(from )?last (week|issue)'?s? (issue|edition|top stories|highlights)"
    r"|housekeeping|programming notes?|editor'?s notes?|in eigener sache|vie de la lettre)\W*$",
    re.IGNORECASE,
)
#: A section of games for the reader: puzzles, trivia, a crossword, a quiz.
_GAMES = re.compile(
    r"^\W*(games?|puzzles?|trivia|crossword|quiz(zes)?|brain ?teasers?|word of the day|游戏|猜谜)\W*$",
    re.IGNORECASE,
)


#: Words that label a sponsor's block, in the languages the project reads ("PARTENAIRE", "Anzeige").
_SPONSOR_WORDS = (
    r"\b(partner|sponsor|advertis|classifieds\b|classified ads?\b)"
    r"|\b(partenaire|sponsoris|publicit[ée]|annonceur|werbung|anzeige"
    r"|patrocin|publicidad)|广告|推广|赞助|広告|スポンサー"
)


#: A label that is only the word for an advertisement ("推广", "Anzeige", "PARTENAIRE", "Sponsored").
_AD_LABEL = re.compile(
    r"^\W*(sponsor(ed|s)?|partners?|advertisement|ad|(paid )?plug|classifieds|classified ads?|anzeige|werbung"
    r"|partenaires?"
    r"|sponsoris[ée]e?|publicit[ée]"
    r"|publicidad|patrocinado|广告|推广|赞助|合作推广|広告|スポンサー|PR)\W*$",
    re.IGNORECASE,
)


#: A label that is only the name of a jobs section ("Stellenmarkt", "OFFRES D'EMPLOI", "Jobs").
_JOBS_LABEL = re.compile(
    r"^\W*(jobs?|careers?|job board|job openings|open (roles|positions)|we'?re hiring|stellenmarkt"
    r"|stellenangebote|stellenanzeigen|jobbörse|offres d'emploi|emplois?|ofertas de empleo|empleos?"
    r"|招聘|求人)\W*$",
    re.IGNORECASE,
)


def is_ad_label(text: str) -> bool:
    """Whether a line is only a label marking an advertisement, printed small over its box ("推广")."""
    return _AD_LABEL.match(text.strip()) is not None


def is_chrome_label(text: str) -> bool:
    """Whether a heading is only the name of a sponsor's or a jobs section: it covers its section
    wherever it stands, even under a story ("### Stellenmarkt" after the last story's text)."""
    stripped = text.strip().replace("\u2019", "'")
    return is_ad_label(stripped) or _JOBS_LABEL.match(stripped) is not None


#: A Markdown link ("[Spotify](https://...)"); its group is the link's words as printed.
MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\([^)\s]+\)")


def is_link_row(raw: str) -> bool:
    """Whether a line is only a row of three or more short links to places, set apart by dots or bars
    ("🎧 [Apple Podcasts](…) · [Spotify](…) · [Overcast](…)", "[X](…) | [LinkedIn](…) | [Instagram](…)"):
    where to listen or follow, not a story."""
    labels = MARKDOWN_LINK.findall(raw)
    if len(labels) < 3 or len(set(labels)) < len(labels):
        return False
    if any(not 0 < words(label) <= 3 for label in labels):
        return False
    rest = MARKDOWN_LINK.sub("", raw)
    return re.search(r"[·|•/]", rest) is not None and not any(char.isalnum() for char in rest)


def section_reason(verdict: Verdict | None) -> bool:
    """Whether a heading with this verdict drops its whole section (until the next heading)."""
    return verdict is not None and verdict.reason in {
        DropReason.SPONSOR,
        DropReason.JOBS,
        DropReason.PROMOTION,
        DropReason.POLL,
        DropReason.AFFILIATE,
    }


#: A call to apply for a job: what an advertisement asks of its reader, never what a report tells.
_APPLY_CALL = re.compile(
    r"\b(?:to apply\b|apply (?:now|here|today|online|at|via|by)\b"
    r"|send (?:us )?(?:your|a) (?:cv|resume|résumé|linkedin)"
    r"|submit (?:your|a) (?:cv|resume|résumé|application)"
    r"|(?:check out|see|view|browse) (?:the |our |all )?(?:job openings|open (?:roles|positions)))",
    re.IGNORECASE,
)
_JOB_WORD = re.compile(r"\b(?:hiring|jobs?|roles?|positions?|vacanc(?:y|ies)|careers?)\b", re.IGNORECASE)


def asks_to_apply(text: str) -> bool:
    """Whether a story is a job advertisement: it names a job and asks the reader to apply ("TLDR is
    hiring a part time curator ... To apply please send your LinkedIn or resume to ...")."""
    return bool(_APPLY_CALL.search(text)) and bool(_JOB_WORD.search(text))


#: A title announcing what a publication's next issue holds, naming the publication ("Next Week in
#: The Harbour Letter:", "Coming next week on Quayside"): group 1 the name.
_NEXT_IN = re.compile(
    r"^\W*(?:coming\s+(?:up\s+)?)?next\s+(?:week|issue|edition|time|month)\s+(?:in|on|at|from)\s+"
    r"([^\n]{1,60}?)[\W_]*$",
    re.IGNORECASE,
)
#: A title announcing the edition's next issue in words that name no one else ("In the next issue",
#: "Our next edition", "Next issue:").
_NEXT_ISSUE = re.compile(
    r"^\W*(?:coming\s+(?:up\s+)?)?(?:in\s+)?(?:the\s+|our\s+)?next\s+(?:issue|edition)[\W_]*$", re.IGNORECASE
)
#: Most words of such a title: a longer one is a headline about something else's next edition.
_NEXT_WORDS = 8


def _letters(text: str) -> str:
    """``text``'s letters and digits alone, in lower case, without a leading article ("the")."""
    letters = "".join(char for char in text.casefold() if char.isalnum())
    return letters.removeprefix("the") or letters


def previews_next_issue(title: str, names: tuple[str, ...]) -> bool:
    """Whether ``title`` heads the edition's preview of its own next issue: "Next issue:", or "Next
    week in <name>" where the name is the publication's (one of ``names``, compared by letters
    alone, "The Sequence" as "thesequence"). "Next week in Washington" previews news, not the
    edition."""
    if words(title) > _NEXT_WORDS:
        return False
    if _NEXT_ISSUE.match(title):
        return True
    found = _NEXT_IN.match(title)
    if found is None:
        return False
    named = _letters(found.group(1))
    own = {_letters(name) for name in names} - {""}
    return named in own


#: A newsletter telling its reader when it arrives ("... arrives in your inbox twice a week",
#: "delivered to your inbox every Tuesday"): a newsletter's promotion, whichever it is.
_DELIVERY = re.compile(
    r"\b(?:arrives?|lands?|delivered|sent|comes?|hits?)\s+(?:in|to|into|straight to)\s+your\s+inbox\s+"
    r"(?:every|each|twice|once|three times|daily|weekly|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)
#: Most words of a newsletter's promotion: a longer story reports on newsletters.
_PROMOTION_WORDS = 80


def promotes_newsletter(text: str) -> bool:
    """Whether a short story promotes a newsletter by telling when it reaches the reader's inbox
    ("Field Notes arrives in your inbox twice a week with six brief stories."): a promotion of the
    edition's own or a sister newsletter, never news."""
    return words(text) <= _PROMOTION_WORDS and _DELIVERY.search(text) is not None


#: A story's last sentence asking its reader to listen to or watch an episode ("Listen to the latest
#: episode of Compound Interest now.", "Watch the new episode on our channel."), maybe glued to the
#: sentence before it ("... TrumpRX.Listen to ..."). "Listen to the full interview" may close a report
#: of what was said in it: no promotion.
_EPISODE_CALL = re.compile(
    r"(?:^|[.!?”\"’)]\s*)(?:listen|tune in|watch|stream|catch)\b[^.!?]{0,60}"
    r"\b(?:episode|podcast)s?\b[^.!?]{0,60}[.!]?\s*(?:[→»]\s*)?$",
    re.IGNORECASE,
)
#: Most words of an episode's promotion: a longer story reports on a show.
_EPISODE_WORDS = 120


def promotes_episode(text: str) -> bool:
    """Whether a short story promotes an episode of a show: it ends asking its reader to listen or
    watch ("Can Mark Cuban solve soaring healthcare costs? On this week's Compound Interest, presented
    by ..., Mark joins Liz and Rohan to discuss ... Listen to the latest episode of Compound Interest
    now."). A publication prints it in each of its newsletters, where it read as one story reported
    by several; a story that goes on after such a call, or a longer one, is a report."""
    return words(text) <= _EPISODE_WORDS and _EPISODE_CALL.search(text.rstrip()) is not None


#: Most words of an item that is a sign-up link: a longer one tells more than where to sign up.
_SIGN_UP_ITEM_WORDS = 30


def promotes_sign_up(title: str, text: str, url: str | None, links: tuple[str, ...] = ()) -> bool:
    """Whether a short item only points at newsletters' sign-up pages: one item of the edition's list
    of its sister newsletters ("Markets Daily for what's moving in stocks, bonds, FX and commodities"
    linking the sender's page for that newsletter), or the whole list told as one item, every link
    a sign-up page. A promotion, never news."""
    count = words(f"{title}\n{text}")
    if len(links) >= 2 and count <= _PROMOTION_WORDS and all(map(is_sign_up_page, links)):
        return True
    return url is not None and count <= _SIGN_UP_ITEM_WORDS and is_sign_up_page(url)


#: What an edition's closing words ask of its reader: to pass it on, to write for it, to keep reading it.
_READER_PROMPT = re.compile(
    r"\bthank(?:s| you) for (?:subscribing|reading|being a (?:reader|subscriber))"
    r"|\bforward (?:it|this)\b|\bshare (?:it|this|with us)\b|\bspread the word\b"
    r"|\b(?:open|send|submit) (?:us )?an? (?:pr|pull request)\b|\bhow to contribute\b"
    r"|\bwant to (?:contribute|help|write for us)\b",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_CLOSING_WORDS = 80


def closing_prompt(text: str) -> bool:
    """Whether an edition's last section, short and addressed to its reader, asks them to pass the
    edition on or write for it ("Thank you for subscribing! ... forward it along", "Want to
    contribute? ... open a PR"): the edition's farewell, no story."""
    return (
        words(text) <= _CLOSING_WORDS
        and _ADDRESSED.search(text) is not None
        and _READER_PROMPT.search(text) is not None
    )


#: A list item offering a task to contributors: a tag in brackets ("[easy]", "[good first issue]")
#: before a link to an issue in a tracker.
_OPEN_TASK = re.compile(
    r"^\s*(?:[*+-]|\d{1,3}[.)])\s+\[[\w -]{1,24}\]\s*\[[^\]]+\]\("
    r"https?://[^)\s]*(?:/issues/\d+|/-/issues/\d+|show_bug\.cgi\?id=\d+|/browse/[A-Z][A-Z\d]*-\d+)[^)\s]*\)"
)


def is_open_task(raw: str) -> bool:
    """Whether a list item offers a task to the reader ("* [easy] [tool: Support --exec](.../issues/24)"):
    a tagged issue to pick up, a call for contributors, not news."""
    return _OPEN_TASK.match(raw) is not None


def is_job_listing(text: str) -> bool:
    """Whether a short line reads as one job opening ("Tencent: Marketing Manager, Shenzhen")."""
    stripped = text.strip()
    return (
        words(stripped) <= 14
        and bool(_JOB_ROLE.search(stripped))
        and bool(_ENDS_WITH_PLACE.search(stripped))
        and not stripped.endswith((".", "!", "?"))
    )
