"""Crisis lines by region, as checked data: each line says where it was confirmed and when.

Every number here was read on a public page (the ``source``) on the day in ``checked``; a line
that could not be confirmed is left out rather than guessed. The lines are shown, never dialled,
and never block anything. To review the list, open each source, correct what changed, and move
``checked`` to that day; a test fails if any line lacks a source or a date.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKED = "2026-11-30"


@dataclass(frozen=True)
class Line:
    """One way to reach help: who answers, how to reach them, and when."""

    service: str
    reach: str
    hours: str
    source: str
    checked: str = CHECKED


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    lines: tuple[Line, ...]


_EU_112 = Line(
    "Emergency",
    "112",
    "free from any phone, in every EU country",
    "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=2",
)

INTERNATIONAL = Region(
    "INT",
    "Elsewhere",
    (
        Line(
            "Emergency",
            "112",
            "from most mobile phones in most countries, even without credit",
            "https://review.trendsmask.com/what-is-112-number-86728.html",
        ),
        Line(
            "Emergency in North America",
            "911",
            "the United States and Canada",
            "https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support"
            "-and-resources/",
        ),
        Line(
            "Find A Helpline",
            "findahelpline.com",
            "free, confidential lines, country by country",
            "https://findahelpline.com/AU",
        ),
    ),
)

REGIONS: dict[str, Region] = {
    region.code: region
    for region in (
        Region(
            "GB",
            "United Kingdom",
            (
                Line(
                    "Emergency",
                    "999",
                    "if your life is at risk now",
                    "https://giveusashout.org/about-us/faq/",
                ),
                Line(
                    "NHS 111",
                    "call 111, choose the mental health option",
                    "any time, in England",
                    "https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111",
                ),
                Line(
                    "Samaritans",
                    "116 123",
                    "free, any time, day or night",
                    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
                ),
                Line(
                    "Shout",
                    "text SHOUT to 85258",
                    "free text support, any time",
                    "https://giveusashout.org/about-us/faq/",
                ),
                Line(
                    "Lifeline (Northern Ireland)",
                    "0808 808 8000",
                    "free, any time, for anyone in Northern Ireland",
                    "https://www.lifelinehelpline.info/page/about.html",
                ),
            ),
        ),
        Region(
            "US",
            "United States",
            (
                Line(
                    "Emergency",
                    "911",
                    "if you are in danger now",
                    "https://internationalmentalhealth.org/resources/",
                ),
                Line(
                    "988 Suicide & Crisis Lifeline",
                    "call or text 988",
                    "free, any time",
                    "https://www.mcphs.edu/student-life/counseling-services/emergency-services/"
                    "988-suicide-and-crisis-lifeline",
                ),
            ),
        ),
        Region(
            "CA",
            "Canada",
            (
                Line(
                    "Emergency",
                    "911",
                    "if you are in danger now",
                    "https://richmondhilluc.ca/news/988-hotline-launched",
                ),
                Line(
                    "9-8-8 Suicide Crisis Helpline",
                    "call or text 988",
                    "free, any time, in English and French",
                    "https://www.newswire.ca/news-releases/government-of-canada-launches"
                    "-three-digit-suicide-crisis-helpline-896472116.html",
                ),
            ),
        ),
        Region(
            "IE",
            "Ireland",
            (
                Line(
                    "Emergency",
                    "112 or 999",
                    "if you are in danger now",
                    "https://de.qwe.wiki/wiki/999_(emergency_telephone_number)",
                ),
                Line(
                    "Samaritans",
                    "116 123",
                    "free, any time",
                    "http://www.newstalk.com/reader/47.301/69999/0/",
                ),
                Line(
                    "50808",
                    "text 50808",
                    "free text support, any time",
                    "https://todayfm.com/news/247-mental-health-text-support-service-officially"
                    "-launched-1031466",
                ),
            ),
        ),
        Region(
            "AU",
            "Australia",
            (
                Line(
                    "Emergency",
                    "000",
                    "if you are in danger now",
                    "https://nt.gov.au/emergency/emergencies/calling-000",
                ),
                Line(
                    "Lifeline",
                    "13 11 14",
                    "call, any time",
                    "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
                ),
                Line(
                    "Lifeline text",
                    "text 0477 13 11 14",
                    "any time",
                    "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
                ),
            ),
        ),
        Region(
            "NZ",
            "New Zealand",
            (
                Line(
                    "Emergency",
                    "111",
                    "if you are in danger now",
                    "https://www.odt.co.nz/news/national/launch-two-new-mental-health-services-make"
                    "-getting-help-easier",
                ),
                Line(
                    "Need to talk?",
                    "call or text 1737",
                    "free, any time",
                    "https://m.scoop.co.nz/stories/PA1706/S00527/single-phone-number-to-access-support"
                    "-services.htm",
                ),
                Line(
                    "Lifeline",
                    "0800 543 354",
                    "free",
                    "https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses"
                    "-one-in-four-calls",
                ),
            ),
        ),
        Region(
            "IN",
            "India",
            (
                Line(
                    "Emergency",
                    "112",
                    "police, fire and health, in every state",
                    "https://www.businesstoday.in/current/economy-politics/20-states-join-pan-india"
                    "-single-emergency-helpline-number-112/story/338636.html",
                ),
                Line(
                    "Tele MANAS",
                    "14416 or 1-800-891-4416",
                    "free, any time, in 20 languages",
                    "https://www.thehawk.in/news/health/tele-manas-mental-health-helpline-handles"
                    "-over-238-lakh-calls-since-2022-prataprao-jadhav",
                ),
            ),
        ),
        Region(
            "ZA",
            "South Africa",
            (
                Line(
                    "SADAG Suicide Crisis Helpline",
                    "0800 567 567",
                    "free call",
                    "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/"
                    "281668256233737",
                ),
                Line(
                    "Cipla Mental Health Helpline (SADAG)",
                    "0800 456 789",
                    "free, 24 hours",
                    "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/"
                    "281668256233737",
                ),
                Line(
                    "SADAG by SMS",
                    "SMS 31393",
                    "a counsellor calls you back",
                    "https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach"
                    "-out-amid-world-suicide-prevention-day/",
                ),
            ),
        ),
        Region(
            "SG",
            "Singapore",
            (
                Line(
                    "Samaritans of Singapore",
                    "1767",
                    "call, any time",
                    "https://www.daily8.com/en/hashtag/SamaritansOfSingapore",
                ),
                Line(
                    "SOS CareText",
                    "WhatsApp 9151 1767",
                    "any time",
                    "https://www.daily8.com/en/hashtag/SamaritansOfSingapore",
                ),
                Line(
                    "National Mindline",
                    "1771",
                    "any time",
                    "https://www.daily8.com/en/hashtag/SamaritansOfSingapore",
                ),
            ),
        ),
        Region(
            "DE",
            "Germany",
            (
                _EU_112,
                Line(
                    "TelefonSeelsorge",
                    "0800 111 0 111 or 0800 111 0 222",
                    "free, any time",
                    "https://www.domradio.de/glossar/telefonseelsorge-0",
                ),
            ),
        ),
        Region(
            "FR",
            "France",
            (
                _EU_112,
                Line(
                    "SAMU",
                    "15",
                    "if you might act on it now",
                    "https://axaprevention.fr/fr/article/prevention-suicide-journee-mondiale",
                ),
                Line(
                    "3114, suicide prevention",
                    "3114",
                    "free, any time",
                    "https://www.le-journal-catalan.com/cest-la-journee-internationale-de-prevention"
                    "-du-suicide/111703/",
                ),
            ),
        ),
        Region(
            "NL",
            "Netherlands",
            (
                _EU_112,
                Line(
                    "113 Zelfmoordpreventie",
                    "113 or 0800-0113",
                    "free, any time; chat at 113.nl",
                    "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij"
                    "-zelfdodingsgedachten/pj8neqt",
                ),
            ),
        ),
        Region(
            "ES",
            "Spain",
            (
                _EU_112,
                Line(
                    "Línea 024",
                    "024",
                    "free, any time",
                    "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion"
                    "-suicidio/2347183.shtml",
                ),
            ),
        ),
        Region(
            "BE",
            "Belgium",
            (
                _EU_112,
                Line(
                    "Centre de Prévention du Suicide",
                    "0800 32 123",
                    "free, any time",
                    "https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du"
                    "-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/",
                ),
            ),
        ),
        Region(
            "CH",
            "Switzerland",
            (
                Line(
                    "Medical emergency",
                    "144",
                    "if you are in danger now",
                    "http://www.pressreader.com/switzerland/20-minuten-luzern/20181009/"
                    "281681140830750",
                ),
                Line(
                    "Die Dargebotene Hand",
                    "143",
                    "any time, 20 centimes a call",
                    "https://zuerich.143.ch/Service/FAQ",
                ),
            ),
        ),
        Region(
            "BR",
            "Brazil",
            (
                Line(
                    "CVV",
                    "188",
                    "free, any time",
                    "https://deljipa.blogspot.com/2018/04/ligacoes-gratuitas-para-o-cvv-sao.html",
                ),
            ),
        ),
        INTERNATIONAL,
    )
}

TIME_ZONE_REGIONS: dict[str, str] = {
    "Europe/London": "GB",
    "Europe/Belfast": "GB",
    "GB": "GB",
    "GB-Eire": "GB",
    "Europe/Dublin": "IE",
    "Eire": "IE",
    "Pacific/Auckland": "NZ",
    "NZ": "NZ",
    "Pacific/Chatham": "NZ",
    "Asia/Kolkata": "IN",
    "Asia/Calcutta": "IN",
    "Africa/Johannesburg": "ZA",
    "Asia/Singapore": "SG",
    "Singapore": "SG",
    "Europe/Berlin": "DE",
    "Europe/Paris": "FR",
    "Europe/Amsterdam": "NL",
    "Europe/Madrid": "ES",
    "Atlantic/Canary": "ES",
    "Africa/Ceuta": "ES",
    "Europe/Brussels": "BE",
    "Europe/Zurich": "CH",
    "America/Sao_Paulo": "BR",
    "America/Fortaleza": "BR",
    "America/Recife": "BR",
    "America/Manaus": "BR",
    "America/Bahia": "BR",
    "America/Belem": "BR",
    "America/Toronto": "CA",
    "America/Vancouver": "CA",
    "America/Edmonton": "CA",
    "America/Winnipeg": "CA",
    "America/Halifax": "CA",
    "America/St_Johns": "CA",
    "America/Regina": "CA",
    "America/Montreal": "CA",
    "America/Moncton": "CA",
    "America/Whitehorse": "CA",
    "America/Yellowknife": "CA",
    "America/Iqaluit": "CA",
}
"""Time zones that belong to one region; ``US/`` and ``Australia/`` are matched by prefix."""

TIME_ZONE_PREFIXES: dict[str, str] = {
    "Australia/": "AU",
    "US/": "US",
    "Canada/": "CA",
    "Brazil/": "BR",
    "America/New_York": "US",
    "America/Chicago": "US",
    "America/Denver": "US",
    "America/Los_Angeles": "US",
    "America/Phoenix": "US",
    "America/Anchorage": "US",
    "America/Detroit": "US",
    "America/Indiana/": "US",
    "America/Kentucky/": "US",
    "America/Boise": "US",
    "America/Juneau": "US",
    "Pacific/Honolulu": "US",
}
