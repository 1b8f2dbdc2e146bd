"""Crisis lines by region, as checked data: each line says where it was confirmed and when.

Every number here was read on a public page (the ``source``) on the day in ``checked``; a line
that could not be confirmed is left out rather than guessed. ``kind`` says what that page is:
the service's own site, an official page (a government or public health service), or, only
where neither could be found, a secondary page (news, or a portal repeating the service).
Where that page leaves something out (often the hours), ``also`` names a page that states it.
The lines are shown, never dialled, and never block anything. To review the list, open each
source, correct what changed, prefer an own or official page where one has appeared, and move
``checked`` to that day; a test fails if any line lacks a source, a kind or a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CHECKED = "2026-11-30"

SourceKind = Literal["service", "official", "secondary"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("service", "official", "secondary")


@dataclass(frozen=True)
class Line:
    """One way to reach help: who answers, how to reach them, and when."""

    service: str
    reach: str
    hours: str
    source: str
    kind: SourceKind
    also: str = ""
    """A second page, where the ``source`` does not state everything shown (often the hours)."""
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
    "https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily"
    "-reaching-emergency-services-anywhere-eu",
    "official",
)

_NHS_CRISIS = "https://www.lpft.nhs.uk/contact-us/need-help-now"
_US_988 = (
    "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/"
    "988-suicide-crisis-lifeline"
)
_CA_911 = "https://crtc.gc.ca/eng/phone/911/can.htm"
_AU_LIFELINE = "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7"
_ZA_SADAG = (
    "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737"
)
_SG_SOS = (
    "https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans"
    "-singapore-help-2929241"
)

INTERNATIONAL = Region(
    "INT",
    "Elsewhere",
    (
        Line(
            "Emergency",
            "112",
            "free across the EU and in other countries, from any phone, even without a SIM",
            "https://pulizija.gov.mt/en/emergency-services-112/",
            "official",
        ),
        Line(
            "Emergency in North America",
            "911",
            "the United States and Canada",
            _CA_911,
            "official",
            also=_US_988,
        ),
        Line(
            "Find A Helpline",
            "findahelpline.com",
            "free, confidential lines, country by country",
            "https://findahelpline.com/AU",
            "service",
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
                Line("Emergency", "999", "if your life is at risk now", _NHS_CRISIS, "official"),
                Line(
                    "NHS 111",
                    "call 111, choose the mental health option",
                    "any time, in England",
                    _NHS_CRISIS,
                    "official",
                ),
                Line(
                    "Samaritans",
                    "116 123",
                    "free, any time, day or night",
                    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
                    "service",
                    also="https://samaritans.org/branches/coventry/coventry-branch-news/"
                    "coventry-samaritans-will-be-open-usual-over-christmas",
                ),
                Line(
                    "Shout",
                    "text SHOUT to 85258",
                    "free text support, any time",
                    "https://giveusashout.org/about-us/faq/",
                    "service",
                ),
                Line(
                    "Lifeline (Northern Ireland)",
                    "0808 808 8000",
                    "free, any time, for anyone in Northern Ireland",
                    "https://publichealth.hscni.net/news/world-suicide-prevention-day-contact"
                    "-lifeline-if-youre-distress-or-despair",
                    "official",
                ),
            ),
        ),
        Region(
            "US",
            "United States",
            (
                Line("Emergency", "911", "if you are in danger now", _US_988, "official"),
                Line(
                    "988 Suicide & Crisis Lifeline",
                    "call or text 988",
                    "free, any time",
                    _US_988,
                    "official",
                ),
            ),
        ),
        Region(
            "CA",
            "Canada",
            (
                Line("Emergency", "911", "if you are in danger now", _CA_911, "official"),
                Line(
                    "9-8-8 Suicide Crisis Helpline",
                    "call or text 988",
                    "free, any time, in English and French",
                    # The Government of Canada's launch release, as carried by its newswire.
                    "https://www.newswire.ca/news-releases/government-of-canada-launches"
                    "-three-digit-suicide-crisis-helpline-896472116.html",
                    "secondary",
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
                    # A minister's written answer to the Dáil, quoting Garda advice.
                    "https://www.kildarestreet.com/wrans/?id=2025-11-25a.1853",
                    "secondary",
                ),
                Line(
                    "Samaritans",
                    "116 123",
                    "free, any time",
                    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
                    "service",
                    also="https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls"
                    "-to-samaritans-since-2014",
                ),
                Line(
                    "50808",
                    "text 50808",
                    "free text support, any time",
                    "https://todayfm.com/news/247-mental-health-text-support-service-officially"
                    "-launched-1031466",
                    "secondary",
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
                    "official",
                ),
                Line("Lifeline", "13 11 14", "call, any time", _AU_LIFELINE, "secondary"),
                Line("Lifeline text", "text 0477 13 11 14", "any time", _AU_LIFELINE, "secondary"),
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
                    "https://www.police.govt.nz/contact-us/calling-emergency-111",
                    "official",
                ),
                Line(
                    "Need to talk?",
                    "call or text 1737",
                    "free, any time",
                    "https://www.health.govt.nz/news-media/news-items/phone-counselling-service"
                    "-busy-following-christchurch-tragedy",
                    "official",
                ),
                Line(
                    "Lifeline",
                    "0800 543 354",
                    "free",
                    "https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses"
                    "-one-in-four-calls",
                    "secondary",
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
                    # Vikaspedia is the Government of India's own information portal.
                    "https://en.vikaspedia.in/social-welfare/women-and-child-development/"
                    "emergency-response-support-system",
                    "official",
                ),
                Line(
                    "Tele MANAS",
                    "14416 or 1-800-891-4416",
                    "free, any time, in 20 languages",
                    "https://www.thehawk.in/news/health/tele-manas-mental-health-helpline-handles"
                    "-over-238-lakh-calls-since-2022-prataprao-jadhav",
                    "secondary",
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
                    _ZA_SADAG,
                    "secondary",
                ),
                Line(
                    "Cipla Mental Health Helpline (SADAG)",
                    "0800 456 789",
                    "free, 24 hours",
                    _ZA_SADAG,
                    "secondary",
                ),
                Line(
                    "SADAG by SMS",
                    "SMS 31393",
                    "a counsellor calls you back",
                    "https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to"
                    "-reach-out-amid-world-suicide-prevention-day/",
                    "secondary",
                ),
            ),
        ),
        Region(
            "SG",
            "Singapore",
            (
                Line("Samaritans of Singapore", "1767", "call, any time", _SG_SOS, "secondary"),
                Line("SOS CareText", "WhatsApp 9151 1767", "any time", _SG_SOS, "secondary"),
                Line(
                    "National Mindline",
                    "1771",
                    "any time",
                    "https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round"
                    "-the-clock-support-for-mental-health",
                    "official",
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
                    "secondary",
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
                    # Service-Public.fr's page on emergency numbers, as a town republishes it.
                    "https://comarquage.ville-agde.fr/particuliers/?xml=F33954",
                    "official",
                ),
                Line(
                    "3114, suicide prevention",
                    "3114",
                    "free, any time",
                    "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du"
                    "-suicide",
                    "official",
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
                    "https://www.113.nl/schoolopdracht",
                    "service",
                    also="https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij"
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
                    "secondary",
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
                    "https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du"
                    "-suicide-publie-son-rapport-dactivites-2022",
                    "service",
                    also="https://www.lalibre.be/belgique/societe/2023/02/21/"
                    "le-centre-de-prevention-du-suicide-est-confronte"
                    "-a-une-hausse-du-nombre-dappels"
                    "-A54EZGXFSJB3HNFT4ZSPCEPJ5I/",
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
                    "https://hallo.gr.ch/en/gesundheit/notfall/Seiten/default.aspx",
                    "official",
                ),
                Line(
                    "Die Dargebotene Hand",
                    "143",
                    "any time, 20 centimes a call",
                    "https://zuerich.143.ch/Service/FAQ",
                    "service",
                    also="https://winterthur.143.ch/Beratung/Beratungsangebot/Copy_of_Nacht",
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
                    # The Ministry of Health's announcement, as reposted on a blog.
                    "https://deljipa.blogspot.com/2018/04/ligacoes-gratuitas-para-o-cvv-sao.html",
                    "secondary",
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
