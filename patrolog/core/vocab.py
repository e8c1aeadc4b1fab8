"""Controlled vocabularies: the codes stored in the journal and their labels.

Each entry is ``code: (english label, indonesian label, synonyms...)``. Input
matching accepts the code, either label or any synonym, ignoring case and
surrounding space. To extend a list, add a line here; nothing else changes.
"""

from __future__ import annotations

from patrolog.core.errors import InputError
from patrolog.core.i18n import get_lang

Vocabulary = dict[str, tuple[str, ...]]

PATROL_KIND: Vocabulary = {
    "dialogic": ("dialogic patrol", "patroli dialogis", "dialogis", "dialogic",
                 "dialogue patrol"),
    "routine": ("routine patrol", "patroli rutin", "rutin", "regular patrol", "routine",
                "patroli malam", "night patrol", "patroli biasa"),
    "sambang": ("community visit", "sambang", "kunjungan", "silaturahmi", "visit"),
    "door_to_door": ("door-to-door visits", "DDS", "door to door", "door-to-door",
                     "house visits", "home visits"),
    "counselling": ("legal counselling", "binluh", "penyuluhan", "counseling",
                    "legal counseling", "legal awareness", "legal awareness talk"),
    "public_info": ("public information", "penmas", "himbauan", "imbauan", "appeal",
                    "announcement"),
    "problem_solving": ("problem solving", "problem solving", "mediasi", "ps", "mediation"),
    "early_detection": ("early detection", "deteksi dini"),
    "event_security": ("event security", "pengamanan kegiatan", "pam", "pengamanan"),
    "night_watch": ("neighbourhood watch", "siskamling", "ronda", "pembinaan siskamling",
                    "binsiskamling", "neighborhood watch", "night watch"),
    "police_service": ("police service", "pelayanan kepolisian", "police service", "SKCK",
                       "laporan warga", "pelayanan", "yanmas"),
    "village_activity": ("village activity", "giat desa/kelurahan", "giat desa",
                         "giat kelurahan", "musrenbang", "kerja bakti", "rapat desa",
                         "village meeting"),
    "community_guidance": ("community guidance", "pembinaan komunitas", "ormas",
                           "pembinaan ormas", "binkom", "pembinaan komunitas/ormas"),
    "government_programme": ("government programme", "program pemerintah", "bansos",
                             "dana desa", "vaksinasi", "government program"),
}

PLACE_TYPE: Vocabulary = {
    "market": ("market", "pasar", "traditional market", "pasar tradisional"),
    "school": ("school", "sekolah", "madrasah", "pesantren", "kampus", "university",
               "college", "boarding school"),
    "worship": ("place of worship", "tempat ibadah", "masjid", "musala", "mushola",
                "gereja", "pura", "vihara", "klenteng", "mosque", "prayer room", "church",
                "temple"),
    "residential": ("residential area", "permukiman", "pemukiman", "kampung",
                    "perumahan", "rt", "rw", "neighbourhood", "neighborhood", "housing",
                    "residential"),
    "poskamling": ("watch post", "poskamling", "pos ronda", "guard post", "security post",
                   "pos kamling", "pos jaga", "pos ronda warga"),
    "office": ("office", "kantor", "kantor desa", "kantor kelurahan", "village office",
               "balai desa", "balai warga", "kantor camat", "kecamatan", "kelurahan"),
    "transport": ("transport hub", "terminal", "stasiun", "halte", "pangkalan ojek",
                  "station", "bus stop", "bus terminal", "ojek base"),
    "business": ("shops", "pertokoan", "toko", "minimarket", "mal", "shop", "store", "mall"),
    "health": ("health facility", "fasilitas kesehatan", "puskesmas", "rumah sakit", "klinik",
               "clinic", "hospital", "health centre", "health center"),
    "public_space": ("public space", "ruang publik", "taman", "lapangan", "jalan", "park",
                     "field", "square", "street", "road", "alun-alun", "gang", "jl",
                     "jl.", "jembatan", "bridge", "pantai", "beach"),
    "food": ("food stall", "warung", "warteg", "kedai", "kafe", "coffee shop", "cafe",
             "warkop", "warung kopi", "rumah makan", "restoran", "angkringan", "food court",
             "restaurant", "stall"),
    "other": ("other", "lainnya"),
}

INCIDENT_KIND: Vocabulary = {
    "traffic_accident": ("traffic accident", "kecelakaan lalu lintas", "laka",
                         "laka lantas", "kecelakaan", "accident", "lakalantas", "tabrakan",
                         "crash", "laka lalin"),
    "theft": ("theft", "pencurian", "curat", "curas", "burglary", "robbery", "stealing",
              "maling", "begal", "jambret", "copet", "pencopetan", "penjambretan"),
    "vehicle_theft": ("vehicle theft", "pencurian kendaraan bermotor", "curanmor",
                      "motorbike theft", "motorcycle theft", "car theft", "motor hilang"),
    "dispute": ("dispute", "perselisihan", "sengketa", "cekcok", "argument", "quarrel"),
    "brawl": ("brawl", "tawuran", "perkelahian", "fight", "gang fight"),
    "assault": ("assault", "penganiayaan"),
    "domestic_violence": ("domestic violence", "KDRT", "domestic abuse"),
    "fire": ("fire", "kebakaran"),
    "disaster": ("disaster", "bencana", "banjir", "longsor", "pohon tumbang", "flood",
                 "landslide", "fallen tree"),
    "missing_person": ("missing person", "orang hilang", "anak hilang", "missing child",
                       "lost child"),
    "medical": ("medical emergency", "kedaruratan medis"),
    "drugs": ("drugs", "narkoba", "narcotics"),
    "gambling": ("gambling", "perjudian", "judi"),
    "alcohol": ("alcohol", "minuman keras", "miras", "mabuk", "drunk", "liquor"),
    "street_racing": ("street racing", "balapan liar", "balap liar", "illegal racing"),
    "fraud": ("fraud", "penipuan", "scam"),
    "disturbance": ("public disturbance", "gangguan ketertiban", "keributan", "disturbance",
                    "nuisance", "ribut", "onar", "gangguan kamtibmas"),
    "demonstration": ("demonstration", "unjuk rasa", "unras", "demo", "protest", "rally"),
    "other": ("other", "lainnya"),
}

SEVERITY: Vocabulary = {
    "low": ("low", "ringan", "minor", "kecil"),
    "medium": ("medium", "sedang", "moderate", "menengah"),
    "high": ("high", "berat", "serious", "severe", "parah", "gawat"),
}

INCIDENT_STATUS: Vocabulary = {
    "open": ("open", "terbuka", "belum selesai", "proses", "dalam proses"),
    "referred": ("handed over", "dilimpahkan", "referred", "diserahkan", "dilaporkan ke polsek"),
    "resolved": ("resolved", "selesai", "beres", "tuntas", "done", "closed"),
}

CONTACT_ROLE: Vocabulary = {
    "community_leader": ("community leader", "tokoh masyarakat", "tomas"),
    "religious_leader": ("religious leader", "tokoh agama", "toga", "ustaz", "pendeta",
                         "imam", "priest", "ustadz", "ustad", "pak ustadz", "ustadzah",
                         "kyai", "kiai", "pak kyai", "pastor", "romo", "biksu", "pedanda",
                         "habib", "marbot", "takmir", "pengurus masjid", "dkm"),
    "youth_leader": ("youth leader", "tokoh pemuda", "karang taruna"),
    "customary_leader": ("customary leader", "tokoh adat"),
    "village_official": ("village official", "perangkat desa", "lurah", "kades", "sekdes",
                         "village head", "pak lurah", "bu lurah", "kepala desa",
                         "pak kades", "bu kades", "kepala dusun", "kadus", "sekretaris desa",
                         "staf kelurahan", "kasi trantib", "camat"),
    "rt_rw_head": ("RT/RW head", "ketua RT/RW", "pak rt", "ketua rw", "ketua rt", "rt/rw",
                   "rt head", "rw head", "neighbourhood head", "pak rw", "bu rt", "bu rw",
                   "ibu rt", "ibu rw", "pak erte", "pak erwe", "rt", "rw", "ketua rt/rw"),
    "babinsa": ("Babinsa", "Babinsa"),
    "resident": ("resident", "warga", "masyarakat"),
    "trader": ("trader", "pedagang", "vendor", "shopkeeper", "merchant", "penjual",
               "pemilik warung", "pemilik toko", "pedagang kaki lima", "pkl"),
    "teacher": ("teacher", "guru"),
    "student": ("student", "pelajar", "siswa", "mahasiswa", "pupil"),
    "security_guard": ("security guard", "satpam", "linmas", "hansip", "guard", "security",
                       "petugas ronda", "anggota linmas"),
    "driver": ("driver", "pengemudi", "ojek", "ojol", "sopir", "ojek driver", "taxi driver",
               "tukang ojek", "supir", "driver ojol", "kurir", "courier"),
    "other": ("other", "lainnya"),
}

CONTACT_FIELD: Vocabulary = {
    "security": ("security", "keamanan", "kamtibmas"),
    "economy": ("economy", "ekonomi", "economic"),
    "social_culture": ("social and cultural", "sosial budaya", "sosbud", "social",
                       "culture", "social-cultural", "sosial", "budaya"),
    "politics": ("politics", "politik", "political"),
    "ideology": ("ideology", "ideologi"),
    "law": ("law", "hukum", "legal"),
    "environment": ("environment", "lingkungan", "kebersihan", "banjir", "sampah",
                    "environmental"),
    "other": ("other", "lainnya"),
}

# name -> vocabulary; the name is also the message key of the field it fills
VOCABULARIES: dict[str, Vocabulary] = {
    "patrol_kind": PATROL_KIND,
    "place_type": PLACE_TYPE,
    "incident_kind": INCIDENT_KIND,
    "severity": SEVERITY,
    "status": INCIDENT_STATUS,
    "role": CONTACT_ROLE,
    "contact_field": CONTACT_FIELD,
}

_index_cache: dict[str, dict[str, str]] = {}


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").split())


def _index(name: str) -> dict[str, str]:
    idx = _index_cache.get(name)
    if idx is None:
        idx = {}
        for code, words in VOCABULARIES[name].items():
            for word in (code, *words):
                idx.setdefault(_norm(word), code)
        _index_cache[name] = idx
    return idx


def lookup(name: str, text: str) -> str:
    """Return the code for `text` in vocabulary `name`, or raise InputError listing choices."""
    code = _index(name).get(_norm(text))
    if code is None:
        raise InputError("err.bad_choice", value=text.strip(), field=name,
                         choices=choices(name))
    return code


def choices(name: str, lang: str | None = None) -> str:
    """The labels of vocabulary `name` in the user's language, for a refusal: the words an
    officer reads and may type back (`ringan, sedang, berat`), not the stored codes."""
    return ", ".join(label(name, code, lang) for code in VOCABULARIES[name])


def complete(name: str, typed: str, lang: str | None = None) -> list[str]:
    """TAB completion: for each code, its label in the user's language when that starts
    with what was typed, else the first of its other words (synonyms, the other language's
    label, the code) that does — one offer per code, each accepted back as input. Offers
    keep the typed letters as typed (the shell only keeps offers that start with them)."""
    start = _norm(typed)
    found = []
    for code, words in VOCABULARIES[name].items():
        mine = label(name, code, lang)
        for word in (mine, *words, code):
            if _norm(word).startswith(start):
                found.append(typed + word[len(typed):])
                break
    return found


def label(name: str, code: str, lang: str | None = None) -> str:
    """The label of `code` in the user's language; unknown codes show as themselves."""
    if lang is None:
        lang = get_lang()
    words = VOCABULARIES[name].get(code)
    if not words:
        return code
    return words[1] if lang == "id" else words[0]


def codes(name: str) -> list[str]:
    return list(VOCABULARIES[name])
