"""Sample journals for `patrolog demo`: weeks of realistic Indonesian shifts.

The sample opens with the story in the seed article (Aiptu Tafsipul of Polsek
Metro Menteng gives first aid to a motorcyclist met on a dialogic patrol) and
goes on with the ordinary weeks of a Bhabinkamtibmas: patrols, visits,
contacts with their concerns and promises, a few incidents.

Everything comes from one seed. Each officer has their own random stream, so
officer 1 reads the same with `--officers 1` or `--officers 10`; the clock only
decides how much of this week has happened yet: two runs on the same day
differ in uids alone. Rows are written in one transaction with batched
inserts and explicit ids (patrol ids are needed to link what happened on
them); the search index is rebuilt once per kind at the end.

Times are wall-clock times in the journal's timezone (Asia/Jakarta unless the
journal says otherwise), so they compare as text with the rest of the journal.
Weeks are ISO weeks: `--weeks 8` is this week so far and the seven before.
"""

from __future__ import annotations

import json
import os
import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import accumulate
from typing import Any

from patrolog.core import vocab
from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS
from patrolog.core.output import Progress
from patrolog.core.times import journal_tz, now_in, zone_name
from patrolog.journal.search_index import reindex
from patrolog.journal.store import Store

DEFAULT_WEEKS = 8
DEFAULT_OFFICERS = 1
DEFAULT_SEED = 1945
MAX_WEEKS = 1040
MAX_OFFICERS = 1000
CHUNK = 20_000  # rows per executemany: big enough to be fast, small enough to stay lean

DEFAULT_TIMEZONE = "Asia/Jakarta"
SEED_OFFICER = "Aiptu Tafsipul"
POLRES = "Polres Metro Jakarta Pusat"

# Progress phases: "records" (weeks written) and "index" (kinds indexed).

# -- randomness ------------------------------------------------------------------------
class Dice(random.Random):
    """Random with cheaper picks: a million records make millions of them.

    `choice`, `randrange` and `randint` are built on `random()`; the stream
    stays fully determined by the seed.
    """

    def choice(self, seq):  # noqa: ANN001, ANN201 - same contract as Random.choice
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class Weights:
    """Values with weights, picked by bisecting the cumulative sums."""

    __slots__ = ("values", "cumulative", "total")

    def __init__(self, pairs: tuple[tuple[Any, int | float], ...]) -> None:
        self.values = [v for v, _ in pairs]
        self.cumulative = list(accumulate(w for _, w in pairs))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect_right(self.cumulative, rng.random() * self.total)]


# -- geography -------------------------------------------------------------------
# Kecamatan of Jakarta Pusat with their Polsek and kelurahan; the seed story's own first.
DISTRICTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Menteng", "Polsek Metro Menteng",
     ("Gondangdia", "Menteng", "Cikini", "Pegangsaan", "Kebon Sirih")),
    ("Tanah Abang", "Polsek Metro Tanah Abang",
     ("Gelora", "Bendungan Hilir", "Karet Tengsin", "Kebon Melati", "Petamburan",
      "Kebon Kacang", "Kampung Bali")),
    ("Gambir", "Polsek Metro Gambir",
     ("Gambir", "Cideng", "Petojo Utara", "Petojo Selatan", "Kebon Kelapa", "Duri Pulo")),
    ("Sawah Besar", "Polsek Sawah Besar",
     ("Pasar Baru", "Gunung Sahari Utara", "Mangga Dua Selatan", "Karang Anyar", "Kartini")),
    ("Kemayoran", "Polsek Kemayoran",
     ("Kemayoran", "Kebon Kosong", "Harapan Mulya", "Cempaka Baru", "Utan Panjang",
      "Sumur Batu", "Serdang", "Gunung Sahari Selatan")),
    ("Senen", "Polsek Senen", ("Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur")),
    ("Cempaka Putih", "Polsek Cempaka Putih",
     ("Cempaka Putih Timur", "Cempaka Putih Barat", "Rawasari")),
    ("Johar Baru", "Polsek Johar Baru", ("Johar Baru", "Kampung Rawa", "Tanah Tinggi", "Galur")),
)

# Landmarks known in the kelurahan of Menteng; other kelurahan get generic names.
KNOWN: dict[str, dict[str, tuple[str, ...]]] = {
    "Gondangdia": {
        "street": ("Jl. Cut Mutia", "Jl. RP Soeroso", "Jl. Srikaya", "Jl. Gondangdia Lama",
                   "Jl. KH Wahid Hasyim"),
        "market": ("Pasar Boplo",),
        "worship": ("Masjid Cut Meutia", "Gereja Santa Theresia"),
        "transport": ("Stasiun Gondangdia", "Pangkalan Ojek Stasiun Gondangdia"),
    },
    "Menteng": {
        "street": ("Jl. HOS Cokroaminoto", "Jl. Teuku Umar", "Jl. Imam Bonjol",
                   "Jl. Diponegoro", "Jl. Sutan Syahrir"),
        "worship": ("Masjid Agung Sunda Kelapa", "Gereja GPIB Paulus"),
        "public_space": ("Taman Suropati", "Taman Menteng"),
        "transport": ("Halte Bundaran HI",),
    },
    "Cikini": {
        "street": ("Jl. Cikini Raya", "Jl. Raden Saleh", "Jl. Kali Pasir", "Jl. Cikini Kramat"),
        "market": ("Pasar Cikini",),
        "worship": ("Masjid Jami Al-Makmur",),
        "transport": ("Stasiun Cikini",),
        "public_space": ("Taman Ismail Marzuki",),
        "health": ("RS Cikini",),
    },
    "Pegangsaan": {
        "street": ("Jl. Proklamasi", "Jl. Pegangsaan Barat", "Jl. Tambak",
                   "Jl. Manggarai Utara"),
        "public_space": ("Taman Proklamasi",),
    },
    "Kebon Sirih": {
        "street": ("Jl. Jaksa", "Jl. H. Agus Salim", "Jl. Kebon Sirih", "Jl. Kebon Sirih Timur"),
        "business": ("Pertokoan Jl. Sabang",),
        "public_space": ("Jl. Jaksa",),
    },
}

# -- people ---------------------------------------------------------------------------
RANKS = ("Bripda", "Briptu", "Brigpol", "Brigpol", "Bripka", "Bripka", "Bripka", "Aipda",
         "Aipda", "Aiptu", "Aiptu", "Ipda", "Iptu", "AKP")
OFFICER_GIVEN = (
    "Agus", "Bambang", "Dedi", "Eko", "Fajar", "Gunawan", "Hendra", "Irwan", "Joko", "Lukman",
    "Nasrul", "Purnomo", "Rudi", "Sugeng", "Tri", "Usman", "Wahyu", "Yusuf", "Zainal", "Siti",
    "Rina", "Dewi", "Nurul", "Ayu", "Maya", "Ahmad", "Asep", "Dodi", "Heri", "Iwan", "Rahmat",
    "Slamet", "Sutrisno", "Teguh", "Wawan", "Yanto", "Herman", "Jefri", "Marulitua", "Suparman",
    "Darmawan", "Ikhsan", "Ridwan", "Samsul", "Yohanes",
)
OFFICER_FAMILY = (
    "Setiawan", "Santoso", "Hidayat", "Saputra", "Wibowo", "Siregar", "Nasution", "Simanjuntak",
    "Kurniawan", "Prasetyo", "Susanto", "Hakim", "Pratama", "Nugroho", "Sembiring", "Lubis",
    "Harahap", "Manurung", "Purba", "Rahman", "Syahputra", "Fauzi", "Ramadhan", "Maulana",
    "Firmansyah", "Hasibuan", "Tarigan", "Ginting", "Suryadi", "Gunadi",
)
MEN = (
    "Rahmat", "Slamet", "Budi", "Agus", "Joko", "Hendra", "Dedi", "Yusuf", "Sutrisno", "Bambang",
    "Rudi", "Fajar", "Iwan", "Darto", "Syamsul", "Abdul Rahman", "Ahmad Fauzi", "Mulyadi",
    "Supriyadi", "Heru", "Teguh", "Andi", "Rizky", "Dimas", "Bayu", "Irfan", "Sahroni", "Mursid",
    "Rohim", "Ujang", "Asep", "Edi", "Wahyu", "Nanang", "Kosasih", "Haris", "Zulkifli", "Jamal",
    "Hasan", "Marzuki", "Sarmili", "Rojali", "Komarudin", "Taufik", "Arif",
)
WOMEN = (
    "Siti", "Sri", "Nurhayati", "Rina", "Dewi", "Yanti", "Eka", "Fitri", "Wulan", "Ani", "Lilis",
    "Ratna", "Endang", "Tuti", "Ningsih", "Sulastri", "Rosmiati", "Mega", "Nur Aini", "Indah",
    "Rahayu", "Yuli", "Diah", "Aisyah", "Komariah", "Rohaya", "Juleha", "Maryam",
)
FAMILY = ("Hidayat", "Santoso", "Wijaya", "Lestari", "Saputra", "Rahayu", "Kurniawan",
          "Susanti", "Hasibuan", "Sitorus", "Marlina", "Gunawan", "Setiadi", "Purnama",
          "Permana", "Hamzah", "Syarif", "Munawar")
CHRISTIAN_MEN = ("Samuel Sitorus", "Yohanes Manurung", "Robert Tambunan", "Marthin Simanjuntak",
                 "Daniel Pardede", "Paulus Hutapea")
ARMY_RANKS = ("Serda", "Sertu", "Serka", "Serma", "Pelda")
PHONE_PREFIXES = ("0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0858",
                  "0877", "0878", "0895", "0896", "0856", "0819")

# How often a contact in each role has a name in the notes (students are minors: never).
NAMED = {"community_leader": 0.95, "religious_leader": 0.95, "youth_leader": 0.9,
         "village_official": 1.0, "rt_rw_head": 0.95, "babinsa": 1.0, "resident": 0.35,
         "trader": 0.55, "teacher": 0.85, "student": 0.0, "security_guard": 0.6,
         "driver": 0.3, "other": 0.3}

# Roles met at each place type, with weights.
ROLES_AT: dict[str, Weights] = {k: Weights(v) for k, v in {
    "market": (("trader", 6), ("resident", 2), ("security_guard", 1), ("driver", 1)),
    "school": (("teacher", 5), ("student", 3), ("security_guard", 1)),
    "worship": (("religious_leader", 5), ("resident", 2), ("community_leader", 1)),
    "residential": (("rt_rw_head", 4), ("resident", 5), ("community_leader", 1),
                    ("youth_leader", 1)),
    "poskamling": (("security_guard", 3), ("rt_rw_head", 2), ("resident", 2),
                   ("youth_leader", 2)),
    "office": (("village_official", 5), ("babinsa", 3), ("community_leader", 1)),
    "transport": (("driver", 6), ("resident", 2), ("trader", 1)),
    "business": (("trader", 4), ("security_guard", 3), ("resident", 1)),
    "health": (("other", 2), ("resident", 3), ("security_guard", 1)),
    "public_space": (("resident", 4), ("youth_leader", 2), ("driver", 1), ("trader", 2)),
}.items()}

TOPICS: dict[str, tuple[str, ...]] = {
    "rt_rw_head": ("Situasi kamtibmas di lingkungan {rw}", "Koordinasi jadwal ronda malam",
                   "Pendataan warga pendatang dan penghuni kos", "Persiapan kerja bakti warga",
                   "Rencana kegiatan warga akhir pekan", "Laporan situasi lingkungan"),
    "religious_leader": ("Silaturahmi dan titip himbauan kamtibmas lewat pengajian",
                         "Pengamanan ibadah dan parkir jemaah", "Kegiatan majelis taklim",
                         "Kerukunan antarumat beragama"),
    "youth_leader": ("Kegiatan karang taruna", "Pencegahan balap liar dan tawuran",
                     "Rencana turnamen futsal antar-RW", "Ajakan ikut ronda malam"),
    "community_leader": ("Situasi kamtibmas lingkungan", "Kerukunan warga",
                         "Masukan warga untuk kepolisian"),
    "village_official": ("Koordinasi tiga pilar", "Program Kampung Tangguh",
                         "Rapat minggon kelurahan", "Penanganan sampah dan banjir"),
    "babinsa": ("Koordinasi patroli bersama", "Giat tiga pilar di {rw}",
                "Rencana pengamanan kegiatan warga"),
    "resident": ("Sambang dan silaturahmi", "Himbauan kamtibmas",
                 "Cara melapor lewat layanan Polri 110", "Himbauan kunci ganda kendaraan",
                 "Keamanan rumah saat ditinggal pergi"),
    "trader": ("Situasi keamanan pasar", "Ketertiban pedagang dan parkir",
               "Kondisi pasar dan harga bahan pokok", "Himbauan waspada uang palsu"),
    "teacher": ("Keamanan sekolah saat jam pulang", "Rencana penyuluhan di sekolah",
                "Pencegahan tawuran pelajar"),
    "student": ("Himbauan tertib berlalu lintas", "Bahaya narkoba dan tawuran",
                "Bahaya perundungan"),
    "security_guard": ("Sistem keamanan lingkungan", "Buku mutasi dan jadwal jaga",
                       "Pengawasan orang tidak dikenal"),
    "driver": ("Ketertiban pangkalan ojek", "Keselamatan berkendara", "Himbauan pakai helm"),
    "other": ("Silaturahmi", "Situasi kamtibmas sekitar"),
}

# (roles that raise it, concern, promised follow-up or None, tag); "*" = anyone.
CONCERNS: tuple[tuple[str, str, str | None, str], ...] = (
    ("rt_rw_head resident community_leader",
     "Lampu jalan di gang {rt} mati, rawan kejahatan malam hari",
     "Sampaikan ke kelurahan untuk perbaikan lampu jalan", "lampu-jalan"),
    ("trader driver resident village_official", "Parkir liar di depan {market} bikin macet",
     "Koordinasi dengan Sudinhub dan pengelola pasar soal parkir liar", "parkir-liar"),
    ("rt_rw_head resident youth_leader religious_leader",
     "Balap liar tiap malam Minggu di {street}",
     "Patroli malam Minggu bersama Babinsa di {street}", "balap-liar"),
    ("rt_rw_head resident trader village_official", "Sampah menumpuk di pinggir {street}",
     "Koordinasikan pengangkutan sampah dengan kelurahan dan PPSU", "sampah"),
    ("religious_leader trader security_guard resident",
     "Pencurian helm di parkiran {worship}",
     "Himbau pengurus pasang CCTV dan tambah penjaga parkir", "pencurian-helm"),
    ("rt_rw_head religious_leader community_leader resident",
     "Pemuda nongkrong sampai larut dan minum miras di {poskamling}",
     "Sambang karang taruna dan patroli malam di lokasi", "miras"),
    ("rt_rw_head resident village_official", "Saluran air mampet, genangan tiap hujan di {rt}",
     "Usulkan kerja bakti membersihkan saluran ke Ketua RW", "banjir"),
    ("resident religious_leader community_leader teacher",
     "Banyak warga ditelepon penipu yang mengaku kurir atau petugas bank",
     "Adakan penyuluhan penipuan daring di majelis taklim", "penipuan"),
    ("rt_rw_head security_guard resident", "Poskamling {rw} jarang dijaga",
     "Aktifkan kembali jadwal ronda bersama Ketua RW", "ronda"),
    ("resident driver village_official", "Pedagang kaki lima memakai trotoar {street}",
     "Koordinasi dengan Satpol PP kecamatan", "pkl"),
    ("resident rt_rw_head", "Kabel listrik menjuntai rendah di {street}",
     "Laporkan ke PLN melalui kelurahan", "kabel"),
    ("trader driver resident", "Pengamen dan peminta-minta di {transport}",
     "Koordinasi dengan Satpol PP dan Dinas Sosial", "pengamen"),
    ("rt_rw_head community_leader", "Penghuni kos baru di {rt} banyak yang belum lapor",
     "Pendataan penghuni kos bersama Ketua RT", "pendatang"),
    ("resident religious_leader rt_rw_head", "Knalpot brong bising tengah malam",
     "Himbauan ke pemuda dan patroli malam", "knalpot-brong"),
    ("teacher security_guard", "Pelajar nongkrong di warung saat jam sekolah",
     "Koordinasi dengan pihak sekolah dan patroli jam sekolah", "pelajar"),
    ("resident rt_rw_head security_guard", "Warga cemas setelah ada motor hilang di {rt}",
     "Himbauan kunci ganda dan tambah patroli di {rw}", "curanmor"),
    ("resident village_official", "Pohon besar di {street} rawan tumbang",
     "Laporkan ke Sudin Pertamanan untuk pemangkasan", "pohon"),
    ("driver resident trader", "Jalan berlubang di {street} sering bikin pemotor jatuh",
     "Laporkan lewat aplikasi JAKI dan kelurahan", "jalan-rusak"),
    ("teacher", "Penyeberangan di depan sekolah berbahaya saat jam pulang",
     "Atur lalu lintas saat jam pulang sekolah", "sekolah"),
    ("youth_leader", "Pemuda butuh tempat kegiatan supaya tidak nongkrong di jalan",
     "Bicarakan pemakaian lapangan RW dengan lurah", "karang-taruna"),
    ("*", "Patroli malam ditambah, terutama menjelang hari raya",
     "Tambah patroli malam di {rw}", "patroli-malam"),
    ("security_guard resident", "Ada orang tidak dikenal mondar-mandir di {rt}", None,
     "deteksi-dini"),
    ("trader", "Pengunjung pasar sering kehilangan dompet", None, "copet"),
    ("*", "Situasi aman, warga berterima kasih atas kehadiran polisi", None, "apresiasi"),
)

# What some people voice is a hope (*harapan*), not a complaint: these tags store the
# text as the contact's hope and leave its concern empty (an appreciation's hope is the
# one CONCERN_GIAT gives it).
HOPE_NOT_CONCERN = frozenset({"patroli-malam", "apresiasi"})

# A concern's tag -> the field (bidang) upward reports count it in, and the hope the
# person voiced with it (None: none). Derived from the concern, so the demo's random
# draws, and with them its weeks, stay as they were before these fields existed.
CONCERN_GIAT: dict[str, tuple[str, str | None]] = {
    "lampu-jalan": ("security", "Lampu jalan segera menyala lagi"),
    "parkir-liar": ("economy", "Parkir ditata supaya pembeli tetap datang ke pasar"),
    "balap-liar": ("security", "Ada patroli rutin setiap malam Minggu"),
    "sampah": ("environment", "Jadwal angkut sampah yang tetap"),
    "pencurian-helm": ("security", None),
    "miras": ("social_culture", "Pemuda punya kegiatan positif di malam hari"),
    "banjir": ("environment", "Kerja bakti rutin membersihkan saluran"),
    "penipuan": ("law", "Ada penyuluhan soal penipuan daring"),
    "ronda": ("security", "Ronda malam aktif lagi"),
    "pkl": ("economy", "PKL ditata, bukan digusur"),
    "kabel": ("environment", None),
    "pengamen": ("social_culture", None),
    "pendatang": ("security", "Pendataan pendatang dilakukan rutin"),
    "knalpot-brong": ("security", None),
    "pelajar": ("social_culture", "Sekolah dan orang tua lebih mengawasi pelajar"),
    "curanmor": ("security", "Patroli lebih sering pada malam hari"),
    "pohon": ("environment", None),
    "jalan-rusak": ("environment", "Jalan segera diperbaiki"),
    "sekolah": ("security", "Ada petugas yang menyeberangkan anak sekolah"),
    "karang-taruna": ("social_culture", "Lapangan RW boleh dipakai kegiatan pemuda"),
    "patroli-malam": ("security", None),
    "deteksi-dini": ("security", None),
    "copet": ("security", None),
    "apresiasi": ("security", "Polisi tetap rutin hadir di lingkungan"),
}

# The sides of a dispute and what they agreed, drawn by a random stream of their own
# (see `_dispute`).
PARTIES = (("Pak Darto", "Pak Yanto"), ("Bu Wati, pedagang sayur", "Bu Ningsih, pedagang buah"),
           ("Pak Harun", "pengelola parkir"), ("Keluarga Pak Slamet", "Keluarga Pak Joko"),
           ("Bu Endang", "penghuni kos RT 004"), ("Pak Amir, pemilik warung", "Pak Udin"))
RESOLUTIONS = ("Kedua pihak sepakat berdamai dan menandatangani surat pernyataan.",
               "Sepakat bergantian memakai lahan parkir; disaksikan Ketua RT.",
               "Sepakat membagi biaya perbaikan saluran air sama rata.",
               "Pihak yang merugikan meminta maaf dan mengganti kerugian.",
               "Sepakat menjaga ketenangan setelah pukul 22.00.")

# Patrol kinds are dealt from a shuffled deck, so every kind turns up within a few weeks.
PATROL_DECK = (("dialogic",) * 7 + ("sambang",) * 4 + ("routine",) * 2
               + ("early_detection",) * 2 + ("door_to_door",) * 2 + ("counselling",) * 2
               + ("public_info",) * 2 + ("problem_solving", "event_security"))

# Place types a patrol of each kind goes to, with weights.
PLACES_FOR: dict[str, Weights] = {k: Weights(v) for k, v in {
    "dialogic": (("market", 5), ("transport", 3), ("public_space", 3), ("business", 2),
                 ("residential", 2), ("poskamling", 1)),
    "routine": (("public_space", 3), ("poskamling", 3), ("business", 2), ("transport", 2),
                ("residential", 2)),
    "sambang": (("residential", 5), ("worship", 3), ("office", 2), ("poskamling", 2),
                ("market", 1), ("health", 1)),
    "door_to_door": (("residential", 1),),
    "counselling": (("school", 4), ("worship", 3), ("office", 1), ("residential", 1)),
    "public_info": (("market", 3), ("worship", 2), ("transport", 2), ("public_space", 2),
                    ("residential", 1), ("health", 1)),
    "problem_solving": (("residential", 4), ("office", 2)),
    "early_detection": (("poskamling", 3), ("transport", 2), ("public_space", 2),
                        ("residential", 2)),
    "event_security": (("worship", 3), ("public_space", 3), ("school", 1)),
}.items()}

SUMMARIES: dict[str, tuple[str, ...]] = {
    "dialogic": ("Patroli dialogis di {places}; menyapa warga dan pedagang, menyampaikan "
                 "himbauan kamtibmas.",
                 "Patroli dialogis ke {places}, berdialog dengan warga tentang situasi "
                 "kamtibmas lingkungan.",
                 "Patroli dialogis di {places}; mengingatkan warga memasang kunci ganda "
                 "kendaraan."),
    "routine": ("Patroli rutin wilayah {area}: {places}. Situasi aman dan kondusif.",
                "Patroli rutin ke {places}, memantau titik rawan."),
    "sambang": ("Sambang ke {places}; silaturahmi dengan tokoh masyarakat dan warga, menampung "
                "keluhan.",
                "Sambang warga {area}, mendengarkan keluhan dan harapan warga."),
    "door_to_door": ("DDS di {area}: mendatangi rumah warga satu per satu, menyampaikan "
                     "himbauan kamtibmas dan nomor layanan 110.",
                     "Door to door system di {places}, membagikan brosur nomor darurat dan "
                     "mendata keluhan warga."),
    "counselling": ("Binluh di {places} tentang {theme}.",
                    "Penyuluhan hukum tentang {theme} di {places}."),
    "public_info": ("Penmas di {places}: himbauan waspada {warning}.",
                    "Himbauan kamtibmas kepada warga di {places} agar waspada {warning}."),
    "problem_solving": ("Problem solving di {places}: mediasi {matter} antarwarga; kedua pihak "
                        "sepakat berdamai dan menandatangani surat pernyataan.",),
    "early_detection": ("Deteksi dini di {places}: menggali informasi dari warga soal potensi "
                        "gangguan kamtibmas; situasi aman.",
                        "Deteksi dini menjelang kegiatan warga di {places}; tidak ditemukan "
                        "potensi gangguan."),
    "event_security": ("Pengamanan kegiatan {event} di {places}, berjalan aman dan tertib.",),
    "night_watch": ("Pembinaan siskamling di {places}: mengecek jadwal ronda dan buku mutasi "
                    "pos bersama warga yang bertugas.",
                    "Ronda bersama warga di {places}; mengingatkan jadwal jaga malam."),
    "police_service": ("Pelayanan kepolisian di {places}: membantu warga mengurus surat "
                       "kehilangan dan pengantar SKCK.",
                       "Menerima laporan warga di {places} dan menjelaskan alur pelayanan "
                       "polisi."),
    "village_activity": ("Giat kelurahan: hadir di {event} di {places}, menyampaikan pesan "
                         "kamtibmas.",
                         "Mengikuti rapat warga di {places} membahas keamanan lingkungan."),
    "community_guidance": ("Pembinaan karang taruna dan ormas di {places}: ajakan menjaga "
                           "kamtibmas dan menjauhi tawuran.",
                           "Pembinaan komunitas di {places}; silaturahmi dengan pengurus "
                           "ormas."),
}
THEMES = ("bahaya narkoba", "bahaya tawuran pelajar", "penipuan daring", "tertib berlalu lintas",
          "perundungan di sekolah", "UU ITE dan bijak bermedia sosial", "pencegahan KDRT",
          "bahaya judi online")
WARNINGS = ("curanmor", "penipuan lewat telepon", "kebakaran akibat korsleting listrik",
            "banjir di musim hujan", "pencurian saat rumah kosong", "uang palsu")
MATTERS = ("sengketa parkir", "batas tanah", "utang piutang", "kebisingan", "saluran air")
EVENTS = ("pengajian akbar", "ibadah Minggu", "kerja bakti warga", "lomba HUT RI tingkat RW",
          "pertandingan futsal antar-RW", "posyandu", "pembagian bantuan sosial")

# incident kind -> weight, descriptions, actions, severities (weighted), injured range,
# who it is handed over to (None: settled on the spot), tag
INCIDENTS: dict[str, dict[str, Any]] = {
    "traffic_accident": dict(
        w=16, tag="laka", refer="Unit Lantas " + POLRES, injured=(1, 2),
        sev=(("low", 5), ("medium", 3), ("high", 2)),
        desc=("Pengendara sepeda motor mengalami kecelakaan tunggal di {street} setelah "
              "menghindari lubang jalan.",
              "Kecelakaan antara sepeda motor dan mobil di {street}; pengendara motor luka.",
              "Ojol bersenggolan dengan angkot di dekat {transport}."),
        act=("Memberikan pertolongan pertama bersama warga, mengatur lalu lintas dan "
             "menghubungi Unit Lantas.",
             "Menepikan kendaraan, mengantar korban ke {health} dan menghubungi keluarganya.")),
    "theft": dict(
        w=12, tag="pencurian", refer="Unit Reskrim {unit}", injured=(0, 0),
        sev=(("low", 6), ("medium", 3), ("high", 1)),
        desc=("Helm jemaah hilang di parkiran {worship}.",
              "Ponsel pengunjung dicopet di {market}.",
              "Tabung gas dan pompa air warga hilang di {rw}."),
        act=("Mendatangi lokasi, mencatat keterangan saksi dan mengarahkan korban melapor ke "
             "SPKT.", "Mengecek rekaman CCTV bersama pengelola dan mendata ciri pelaku.")),
    "vehicle_theft": dict(
        w=5, tag="curanmor", refer="Unit Reskrim {unit}", injured=(0, 0),
        sev=(("medium", 3), ("high", 1)),
        desc=("Sepeda motor warga hilang dari depan rumah di {rw}.",
              "Sepeda motor pengunjung hilang di parkiran {market}."),
        act=("Mendata ciri kendaraan, mengecek CCTV sekitar dan mengantar korban melapor ke "
             "SPKT.",)),
    "dispute": dict(
        w=12, tag="mediasi", refer=None, injured=(0, 0),
        sev=(("low", 7), ("medium", 2), ("high", 1)),
        desc=("Cekcok antarwarga soal parkir kendaraan di {rw}.",
              "Perselisihan pedagang soal lapak di {market}.",
              "Cekcok tetangga soal saluran air di {rt}."),
        act=("Menengahi kedua pihak di rumah Ketua RT dan mengajak bermusyawarah.",
             "Memisahkan kedua pihak dan memediasi bersama pengelola.")),
    "disturbance": dict(
        w=9, tag="ketertiban", refer=None, injured=(0, 0), sev=(("low", 8), ("medium", 2)),
        desc=("Keributan pemuda mabuk di warung dekat {poskamling}.",
              "Keributan antarpengemudi ojek di {transport}."),
        act=("Menenangkan pihak yang ribut dan membubarkan kerumunan.",
             "Memberi teguran dan himbauan, situasi kembali kondusif.")),
    "street_racing": dict(
        w=7, tag="balap-liar", refer=None, injured=(0, 1), sev=(("low", 5), ("medium", 3)),
        desc=("Balap liar dini hari di {street}.",),
        act=("Membubarkan bersama Babinsa, mendata pemuda dan memanggil orang tuanya.",)),
    "alcohol": dict(
        w=6, tag="miras", refer=None, injured=(0, 0), sev=(("low", 7), ("medium", 1)),
        desc=("Sekelompok pemuda minum miras di {poskamling}.",),
        act=("Membubarkan, mengamankan miras dan memberi pembinaan.",)),
    "medical": dict(
        w=7, tag="kedaruratan", refer=None, injured=(1, 1), sev=(("low", 4), ("medium", 3)),
        desc=("Warga lanjut usia pingsan di {market}.", "Pejalan kaki pingsan di {street}."),
        act=("Memberikan pertolongan pertama dan mengantar ke {health}.",)),
    "disaster": dict(
        w=6, tag="pohon-tumbang", refer="Sudin Pertamanan dan Hutan Kota Jakarta Pusat",
        injured=(0, 0), sev=(("low", 5), ("medium", 3)),
        desc=("Pohon tumbang menutup sebagian {street} setelah hujan deras.",
              "Genangan banjir setinggi 30 cm di {rw}."),
        act=("Mengatur lalu lintas dan berkoordinasi dengan kelurahan dan PPSU.",
             "Membantu warga mengevakuasi barang dan memantau ketinggian air.")),
    "fire": dict(
        w=4, tag="kebakaran", refer="Sudin Gulkarmat Jakarta Pusat", injured=(0, 1),
        sev=(("low", 3), ("medium", 2), ("high", 1)),
        desc=("Kebakaran akibat korsleting listrik di rumah warga {rw}.",),
        act=("Membantu warga memadamkan api dengan APAR dan menghubungi pemadam kebakaran.",)),
    "brawl": dict(
        w=4, tag="tawuran", refer="Unit Reskrim {unit}", injured=(0, 2),
        sev=(("medium", 3), ("high", 1)),
        desc=("Tawuran pelajar di {street} sepulang sekolah.",),
        act=("Membubarkan bersama warga, mengamankan beberapa pelajar dan memanggil pihak "
             "sekolah.",)),
    "missing_person": dict(
        w=3, tag="orang-hilang", refer=None, injured=(0, 0), sev=(("medium", 1),),
        desc=("Warga lanjut usia dilaporkan tidak pulang ke rumah di {rw}.",),
        act=("Menyebarkan informasi ke grup warga dan menyisir {market} bersama warga.",)),
    "fraud": dict(
        w=4, tag="penipuan", refer="Unit Reskrim {unit}", injured=(0, 0),
        sev=(("low", 2), ("medium", 2)),
        desc=("Warga tertipu arisan daring dan kehilangan uang.",
              "Pedagang menerima uang palsu di {market}."),
        act=("Mencatat kronologi dan mengantar korban membuat laporan ke SPKT.",)),
    "gambling": dict(
        w=3, tag="judi", refer=None, injured=(0, 0), sev=(("low", 1),),
        desc=("Judi kartu di {poskamling} pada malam hari.",),
        act=("Membubarkan dan memberi pembinaan kepada warga.",)),
    "assault": dict(
        w=2, tag="penganiayaan", refer="Unit Reskrim {unit}", injured=(1, 1),
        sev=(("medium", 2), ("high", 1)),
        desc=("Penganiayaan akibat salah paham di {transport}.",),
        act=("Melerai, membawa korban berobat ke {health} dan mengamankan pelaku.",)),
    "domestic_violence": dict(
        w=1, tag="kdrt", refer="Unit PPA " + POLRES, injured=(1, 1), sev=(("medium", 1),),
        desc=("Laporan tetangga tentang dugaan KDRT di {rt}.",),
        act=("Mendatangi rumah bersama Ketua RT, memisahkan pihak dan mendampingi korban.",)),
    "drugs": dict(
        w=1, tag="narkoba", refer="Satresnarkoba " + POLRES, injured=(0, 0),
        sev=(("medium", 1), ("high", 1)),
        desc=("Informasi warga tentang dugaan transaksi narkoba di {rw}.",),
        act=("Meneruskan informasi ke Satresnarkoba dan memantau lokasi.",)),
    "demonstration": dict(
        w=2, tag="unras", refer=None, injured=(0, 0), sev=(("low", 1),),
        desc=("Aksi unjuk rasa damai warga di depan Kantor Kelurahan {kelurahan}.",),
        act=("Mengawal aksi bersama Babinsa; massa membubarkan diri dengan tertib.",)),
    "other": dict(
        w=2, tag="lainnya", refer=None, injured=(0, 0), sev=(("low", 1),),
        desc=("Anak tersesat di {market}.",),
        act=("Mengumumkan lewat pengeras suara dan menyerahkan anak kepada orang tuanya.",)),
}
WORSHIP_WORDS = ("Masjid", "Musala", "Gereja")
SCHOOL_WORDS = ("SD", "SMP", "MI")
# What each role may raise, and incident kinds by weight.
CONCERNS_BY_ROLE: dict[str, list[tuple[str, str | None, str]]] = {
    role: [(c, f, t) for roles, c, f, t in CONCERNS if roles == "*" or role in roles.split()]
    for role in NAMED
}
INCIDENT_KINDS = Weights(tuple((kind, spec["w"]) for kind, spec in INCIDENTS.items()))
SEVERITIES = {kind: Weights(spec["sev"]) for kind, spec in INCIDENTS.items()}


# Kinds a patrol at night meets more often than by day.
NIGHT_INCIDENTS = ("street_racing", "alcohol", "gambling", "disturbance", "theft", "brawl")

# Weekly activity: most weeks active, some adequate, now and then nothing (leave, training).
GRADES = Weights((("aktif", 80), ("cukup", 17), ("kurang", 3)))
ACTIVE_PATROLS = Weights(((4, 3), (5, 4), (6, 3)))
VISIT_COUNT = Weights(((1, 4), (2, 5), (3, 2)))
CONTACT_COUNT = Weights(((0, 5), (1, 18), (2, 26), (3, 24), (4, 15), (5, 8)))
MUSLIM_TITLES = Weights((("Ustaz", 5), ("H.", 3), ("Hj.", 2)))
# Officer 1's last weeks (0 = this week), so that reports show every grade.
RECENT_GRADES = {0: "aktif", 1: "aktif", 2: "cukup", 3: "kurang", 4: "aktif", 5: "cukup",
                 6: "aktif", 7: "aktif"}
MORNING, AFTERNOON, NIGHT = 0, 1, 2
DAWN = 3   # patroli subuh after the dawn prayer: the running week's shift on an early Monday
SLOTS = Weights(((MORNING, 6), (AFTERNOON, 3), (NIGHT, 3)))
# Places an officer stops visiting this many weeks before the last: reports show them stale.
EARLY_GAP = 5


# -- options ----------------------------------------------------------------------
def check_options(weeks: int, officers: int) -> None:
    if not 1 <= weeks <= MAX_WEEKS:
        raise InputError("err.demo_weeks", value=weeks, max=MAX_WEEKS)
    if not 1 <= officers <= MAX_OFFICERS:
        raise InputError("err.demo_officers", value=officers, max=MAX_OFFICERS)


# -- the model -------------------------------------------------------------------------
@dataclass(slots=True)
class Person:
    name: str
    organisation: str | None
    phone: str | None
    met: int = 0


@dataclass
class Officer:
    """One Bhabinkamtibmas: who, where, whom they know, and their own random stream."""

    index: int
    name: str
    unit: str
    kelurahan: str
    kecamatan: str
    rng: random.Random
    streets: tuple[str, ...]
    places: dict[str, list[str]]
    rws: list[str]
    early: set[str]
    type_of: dict[str, str] = field(default_factory=dict)  # place name -> place type
    words: dict[str, str] = field(default_factory=dict)  # fills text templates
    people: dict[str, list[Person]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    last_visit: dict[str, int] = field(default_factory=dict)
    deck: list[str] = field(default_factory=list)  # patrol kinds still to deal


@dataclass
class Shift:
    """One patrol with what happened on it; times are (day, minute) of the span."""

    key: tuple            # orders the shifts of all officers in a week
    day: int
    start: int
    end: int
    logged: int           # minute it was written up (may pass midnight)
    row: tuple            # patrol columns from started_at on (no id, no uid)
    visits: list[tuple[str, str]]
    incidents: list[tuple[tuple, tuple]] = field(default_factory=list)
    contacts: list[tuple[tuple, tuple]] = field(default_factory=list)


CLOCK_FACE = [f"{m // 60:02d}:{m % 60:02d}:00" for m in range(1440)]


class Clock:
    """Day offsets and minutes to ISO text in the journal's timezone, one lookup per day."""

    def __init__(self, first: date, tz: tzinfo) -> None:
        self.first, self.tz = first, tz
        self._days: dict[int, tuple[str, str]] = {}

    def _day(self, day: int) -> tuple[str, str]:
        got = self._days.get(day)
        if got is None:
            d = self.first + timedelta(days=day)
            offset = datetime.combine(d, time(12), self.tz).isoformat()[-6:]
            got = self._days[day] = (d.isoformat(), offset)
        return got

    def stamp(self, day: int, minute: int) -> str:
        day, minute = day + minute // 1440, minute % 1440
        text, offset = self._day(day)
        return f"{text}T{CLOCK_FACE[minute]}{offset}"

    def date(self, day: int) -> str:
        return self._day(day)[0]


_TAGS: dict[tuple[str, ...], str] = {}


def _tags(*tags: str) -> str:
    """Tags as the JSON text `add` stores; the few distinct lists are encoded once."""
    got = _TAGS.get(tags)
    if got is None:
        got = _TAGS[tags] = json.dumps(list(tags), ensure_ascii=False)
    return got


def _uid() -> str:
    return os.urandom(16).hex()  # what uuid4().hex gives, at a fraction of the cost


# -- officers ----------------------------------------------------------------------------
KELURAHAN = [(kel, kec, polsek) for kec, polsek, kels in DISTRICTS for kel in kels]


def _streets(kel: str) -> tuple[str, ...]:
    return KNOWN.get(kel, {}).get("street") or (f"Jl. {kel} Raya", f"Jl. {kel} I",
                                                f"Jl. {kel} II")


def _officer_names(count: int, seed: int) -> list[str]:
    rng = Dice(f"{seed}:officers")
    pool = list(OFFICER_GIVEN) + [f"{g} {f}" for g in OFFICER_GIVEN for f in OFFICER_FAMILY]
    names = rng.sample(pool, count - 1) if count > 1 else []
    return [SEED_OFFICER] + [f"{rng.choice(RANKS)} {n}" for n in names]


def _places(kel: str, rws: list[str]) -> dict[str, list[str]]:
    known = KNOWN.get(kel, {})
    streets = _streets(kel)
    generic = {
        "market": [f"Pasar {kel}"],
        "school": [f"SDN {kel} 01", f"SMP Islam {kel}", f"SDN {kel} 03"],
        "worship": [f"Masjid Al-Ikhlas {kel}", f"Musala Nurul Iman {rws[1]}",
                    f"Gereja Kristen {kel}"],
        "residential": list(rws),
        "poskamling": [f"Poskamling {rw}" for rw in rws[:3]],
        "office": [f"Kantor Kelurahan {kel}"],
        "transport": [f"Pangkalan Ojek {streets[0]}"],
        "business": [f"Minimarket {streets[1]}"],
        "health": [f"Puskesmas Kelurahan {kel}"],
        "public_space": [streets[0], f"Lapangan {rws[2]}"],
    }
    for kind, names in known.items():
        if kind != "street":
            generic[kind] = list(names) + generic[kind][1:]
    return generic


def _officer(index: int, name: str, seed: int) -> Officer:
    # Past the kelurahan of Jakarta Pusat, officers share one (a big kelurahan has two).
    kel, kec, polsek = KELURAHAN[index % len(KELURAHAN)]
    rws = [f"RW {n:02d} {kel}" for n in range(1, 6 + len(kel) % 5 + 1)]
    places = _places(kel, rws)
    # The last school, the last place of worship and the last RW are visited early only.
    early = {places["school"][-1], places["worship"][-1], rws[-1]}
    off = Officer(index=index, name=name, unit=polsek, kelurahan=kel, kecamatan=kec,
                  rng=Dice(f"{seed}:{index}"), streets=_streets(kel),
                  places=places, rws=rws, early=early,
                  type_of={n: t for t, names in places.items() for n in names})
    off.words = {"unit": polsek, "kelurahan": kel, "market": places["market"][0],
                "worship": places["worship"][0], "poskamling": places["poskamling"][0],
                "transport": places["transport"][0], "health": places["health"][0]}
    return off


# -- people ---------------------------------------------------------------------------------
def _person_name(off: Officer, role: str, place: str) -> str:
    rng = off.rng
    for _ in range(20):
        if role == "babinsa":
            name = f"{rng.choice(ARMY_RANKS)} {rng.choice(MEN)}"
        elif role == "religious_leader" and place.startswith("Gereja"):
            name = f"Pendeta {rng.choice(CHRISTIAN_MEN)}"
        elif role == "religious_leader":
            title = MUSLIM_TITLES.pick(rng)
            name = f"{title} {rng.choice(WOMEN if title == 'Hj.' else MEN)}"
        else:
            woman = rng.random() < (0.1 if role in ("driver", "security_guard") else 0.45)
            given = rng.choice(WOMEN if woman else MEN)
            if rng.random() < 0.3:
                given += " " + rng.choice(FAMILY)
            young = role in ("youth_leader", "driver", "student") or rng.random() < 0.2
            if young:
                title = rng.choice(("Mbak",) if woman else ("Mas", "Bang"))
            elif rng.random() < 0.12:
                title = "Hj." if woman else "H."
            else:
                title = "Bu" if woman else "Pak"
            name = f"{title} {given}"
        if name not in off.names:
            off.names.add(name)
            return name
    return name  # a namesake after many tries: real neighbourhoods have them too


def _organisation(off: Officer, role: str, place: str, rw: str) -> str | None:
    kel = off.kelurahan
    if role == "rt_rw_head":
        return f"Ketua {rw.removesuffix(' ' + kel)}"
    if role == "religious_leader":
        return f"Pengurus {place}" if place.startswith(WORSHIP_WORDS) else None
    if role == "trader":
        return f"Pedagang {place}" if place.startswith("Pasar") else None
    if role == "teacher":
        return place if place.startswith(SCHOOL_WORDS) else None
    if role == "driver":
        return "Ojek pangkalan" if place.startswith("Pangkalan") else None
    if role == "youth_leader":
        return f"Karang Taruna {kel}"
    if role == "village_official":
        return f"Kelurahan {kel}"
    if role == "babinsa":
        return f"Koramil {off.kecamatan}"
    if role == "security_guard":
        return f"Linmas Kelurahan {kel}"
    return None


def _phone(rng: random.Random) -> str:
    prefix, rest = rng.choice(PHONE_PREFIXES), f"{rng.randrange(10**8):08d}"
    if rng.random() < 0.3:
        return f"{prefix}-{rest[:4]}-{rest[4:]}"
    return prefix + rest


def _meet(off: Officer, role: str, place: str, rw: str) -> tuple[str | None, str | None,
                                                                   str | None]:
    """Name, organisation and phone of whom the officer met (name None: anonymous)."""
    rng = off.rng
    if rng.random() >= NAMED[role]:
        return None, _organisation(off, role, place, rw), None
    pool = off.people.setdefault(_circle(role, place, rw), [])
    # One Babinsa, the lurah and the secretary, per RW its head and an RT head.
    limit = {"babinsa": 1, "village_official": 2, "rt_rw_head": 2}.get(role)
    if pool and (limit and len(pool) >= limit or rng.random() > _new_chance(role, len(pool))):
        # Regulars first: the first few people of a circle are met again and again.
        person = pool[rng.randrange(min(len(pool), 3))] if rng.random() < 0.7 else \
            rng.choice(pool)
    else:
        organisation = _organisation(off, role, place, rw)
        if role == "rt_rw_head" and pool:
            organisation = f"Ketua RT {rng.randint(1, 12):03d}/{rw.split()[1]}"
        person = Person(_person_name(off, role, place), organisation,
                        _phone(rng) if rng.random() < 0.22 else None)
        pool.append(person)
    person.met += 1
    name = person.name
    if rng.random() < 0.12:  # "Pak" and "Bapak" both get written down: the same person
        for short, full in (("Pak ", "Bapak "), ("Bu ", "Ibu ")):
            if name.startswith(short):
                name = full + name[len(short):]
    # The phone is noted the first time only: keep no more than needed (UU PDP).
    return name, person.organisation, person.phone if person.met == 1 else None


def _circle(role: str, place: str, rw: str) -> str:
    """Whom the officer may meet again: RT/RW heads of that RW, the imam of that mosque..."""
    if role == "rt_rw_head":
        return f"{role}:{rw}"
    if role in ("religious_leader", "teacher", "trader") and place.startswith(
            (*WORSHIP_WORDS, *SCHOOL_WORDS, "Pasar")):
        return f"{role}:{place}"
    return role


def _new_chance(role: str, known: int) -> float:
    """How likely a named contact is someone new: high at first, never nil in a busy role."""
    floor = 0.3 if role in ("resident", "trader", "driver") else 0.08
    return max(floor, 0.5 / (1 + known))


# -- one officer-week ------------------------------------------------------------------------
@dataclass
class Span:
    nweeks: int
    today: int            # day offset of today
    now: int              # minutes since midnight now
    clock: Clock

    def past(self, day: int, minute: int) -> bool:
        """Whether that moment of the span has come by now."""
        return day * 1440 + minute <= self.today * 1440 + self.now


def _grade(off: Officer, widx: int, span: Span) -> str:
    draw = GRADES.pick(off.rng)
    back = span.nweeks - 1 - widx
    if off.index == 0 and back in RECENT_GRADES:
        draw = RECENT_GRADES[back]
    if off.index == 0 and widx == 0 and draw == "kurang":
        draw = "cukup"  # the opening week holds the seed story
    return draw


def _plan(off: Officer, grade: str, seed_week: bool) -> list[tuple[int, int]]:
    """(weekday, slot) of the week's patrols, in time order."""
    rng = off.rng
    count = {"aktif": ACTIVE_PATROLS.pick(rng),
             "cukup": rng.choice((2, 3)), "kurang": 0}[grade]
    days = sorted(rng.sample(range(6), count))
    if rng.random() < 0.15 and count:
        days.append(6)  # a Sunday: church service, sports, a neighbourhood event
    if seed_week and 0 not in days:
        days = [0] + days[1:] if days else [0]
    slots = {(d, SLOTS.pick(rng)) for d in days}
    if grade == "aktif" and rng.random() < 0.25:
        slots.add((rng.choice(days), NIGHT))  # a second, night round on a busy day
    if seed_week:
        slots = {s for s in slots if s[0] != 0} | {(0, MORNING)}
    return sorted(slots)


def _times(rng: random.Random, slot: int) -> tuple[int, int]:
    """Start and end minute of a patrol in a slot; a night round ends before midnight."""
    if slot == MORNING:
        start = rng.randrange(7 * 60 + 30, 9 * 60 + 31, 15)
        return start, start + rng.randrange(120, 241, 15)
    if slot == AFTERNOON:
        start = rng.randrange(13 * 60, 15 * 60 + 1, 15)
        return start, start + rng.randrange(90, 181, 15)
    if slot == DAWN:
        start = rng.randrange(4 * 60 + 45, 5 * 60 + 16, 15)
        return start, start + rng.randrange(60, 91, 15)
    start = rng.randrange(19 * 60 + 30, 20 * 60 + 31, 15)
    return start, start + rng.randrange(120, 181, 15)


def _pick_place(off: Officer, ptype: str, widx: int, span: Span) -> str:
    rng = off.rng
    early_ok = widx < span.nweeks - EARLY_GAP
    names = [n for n in off.places[ptype] if early_ok or n not in off.early] or \
        off.places[ptype]
    if rng.random() < 0.5:  # go where it has been longest: coverage rotates through the area
        return min(names, key=lambda n: off.last_visit.get(n, -1))
    return rng.choice(names)


def _visits(off: Officer, kind: str, widx: int, span: Span) -> list[tuple[str, str]]:
    rng = off.rng
    count = 1 if kind == "door_to_door" else VISIT_COUNT.pick(rng)
    out: list[tuple[str, str]] = []
    for _ in range(count):
        ptype = PLACES_FOR[kind].pick(rng)
        name = _pick_place(off, ptype, widx, span)
        if all(name != n for _, n in out):
            out.append((ptype, name))
    early_ok = widx < span.nweeks - EARLY_GAP
    if early_ok and rng.random() < 0.3:
        extra = sorted(off.early)[rng.randrange(len(off.early))]
    elif rng.random() < 0.6:  # a round past the place not seen for longest
        extra = min((n for n in off.type_of if early_ok or n not in off.early),
                    key=lambda n: off.last_visit.get(n, -1))
    else:
        extra = None
    if extra and all(extra != n for _, n in out):
        out.append((off.type_of[extra], extra))
    for _, name in out:
        off.last_visit[name] = widx
    return out


def _summary(off: Officer, kind: str, area: str, visits: list[tuple[str, str]],
             incidents: list[str]) -> str:
    rng = off.rng
    text = rng.choice(SUMMARIES[kind]).format(
        places=", ".join(n for _, n in visits), area=area, theme=rng.choice(THEMES),
        warning=rng.choice(WARNINGS), matter=rng.choice(MATTERS), event=rng.choice(EVENTS))
    if incidents:
        text += " Menangani kejadian: " + "; ".join(incidents) + "."
    return text


class Words(dict):
    """Words of one moment for text templates, falling back on the officer's own."""

    __slots__ = ("base",)

    def __init__(self, base: dict[str, str]) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, key: str) -> str:
        return self.base[key]


def _context(off: Officer, place: str, visits: list[tuple[str, str]]) -> Words:
    """Words for text templates, taken from where the officer is when there is a choice."""
    rng = off.rng
    fill = Words(off.words)
    rw = rng.choice(off.rws)
    for ptype, name in visits:
        if ptype in ("market", "worship", "poskamling", "transport"):
            fill[ptype] = name
        elif ptype == "residential":
            rw = name
    if "RW " in place:
        rw = place[place.index("RW "):]
    fill.update(street=rng.choice(off.streets), rw=rw.removesuffix(" " + off.kelurahan),
                rt=f"RT {rng.randint(1, 12):03d}/{rw.split()[1]}", rw_full=rw)
    return fill


def _contact(off: Officer, span: Span, widx: int, day: int, minute: int, role: str,
             place: str, stamp: str, visits: list[tuple[str, str]],
             topic: str | None = None) -> tuple:
    """Contact columns from met_at to updated_at; patrol_id (None) is set when written."""
    rng = off.rng
    fill = _context(off, place, visits)
    name, organisation, phone = _meet(off, role, place, fill["rw_full"])
    topic = topic or rng.choice(TOPICS[role]).format_map(fill)
    concern = follow_up = due = done_at = None
    updated, tags = stamp, _tags()
    hope = field_ = None
    if rng.random() < 0.6:
        options = CONCERNS_BY_ROLE[role]
        raised, promise, tag = options[rng.randrange(len(options))]
        concern = raised.format_map(fill)
        tags = _tags(tag)
        field_, hope = CONCERN_GIAT.get(tag, ("other", None))
        if tag in HOPE_NOT_CONCERN:
            concern, hope = None, hope or concern
        if promise and rng.random() < 0.6:
            follow_up = promise.format_map(fill)
            due_day = day + rng.randint(2, 14)
            due = span.clock.date(due_day)
            done_at = _done_at(rng, span, widx, day, due_day)
            updated = done_at or stamp
    return (span.clock.stamp(day, minute), name, role, organisation, place, phone, topic,
            concern, follow_up, due, done_at, None, tags, off.name, off.unit, stamp, updated,
            hope, field_)


def _done_at(rng: random.Random, span: Span, widx: int, day: int, due_day: int) -> str | None:
    """When a promise was kept, or None: old ones mostly kept, recent ones often still open."""
    keep = rng.random() < (0.97 if span.nweeks - 1 - widx >= 8 else 0.8)
    done_day = max(day + 1, due_day + rng.randint(-4, 3))  # around the due date
    minute = rng.randrange(8 * 60, 17 * 60, 5)
    if not keep or not span.past(done_day, minute):
        return None
    return span.clock.stamp(done_day, minute)


def _incident(off: Officer, span: Span, day: int, minute: int, kind: str,
              visits: list[tuple[str, str]], stamp: str, pending: bool) -> tuple[tuple, str]:
    """Incident columns from occurred_at to updated_at, and a phrase for the patrol summary."""
    rng = off.rng
    spec = INCIDENTS[kind]
    place = visits[rng.randrange(len(visits))][1]
    fill = _context(off, place, visits)
    description = rng.choice(spec["desc"]).format_map(fill)
    location = _location(description, fill, place)
    severity = SEVERITIES[kind].pick(rng)
    low, high = spec["injured"]
    injured = rng.randint(low, high)
    dead = 1 if kind in ("traffic_accident", "fire") and severity == "high" and \
        rng.random() < 0.25 else 0
    status, referred, updated = _status(rng, span, day, minute, spec["refer"], fill, stamp,
                                        pending)
    phrase = f"{vocab.label('incident_kind', kind, 'id')} di {location}"
    row = (span.clock.stamp(day, minute), kind, location, description,
           rng.choice(spec["act"]).format_map(fill), injured, dead, severity, status, referred,
           None, _tags(spec["tag"]), off.name, off.unit, stamp, updated,
           *_dispute(off, day, minute, kind, status))
    return row, phrase


def _dispute(off: Officer, day: int, minute: int, kind: str, status: str
             ) -> tuple[str, str | None]:
    """A dispute's parties (JSON) and, once settled, what was agreed. Drawn from a random
    stream of the moment's own, so the officer's stream, and the demo's weeks, are the
    same as before these fields were added."""
    if kind != "dispute":
        return "[]", None
    side = random.Random(f"{off.index}-{day}-{minute}")
    parties = list(side.choice(PARTIES))
    return (json.dumps(parties, ensure_ascii=False),
            side.choice(RESOLUTIONS) if status == "resolved" else None)


def _location(description: str, fill: dict[str, str], place: str) -> str:
    for key in ("street", "market", "worship", "poskamling", "transport", "rt", "rw"):
        if fill[key] in description:
            return fill[key] if key not in ("rt", "rw") else f"{fill[key]}, {fill['kelurahan']}"
    return place


def _status(rng: random.Random, span: Span, day: int, minute: int, refer: str | None,
            fill: Words, stamp: str, pending: bool) -> tuple[str, str | None, str]:
    """Status, who it went to and when that was written: open until it is settled."""
    u = rng.random()
    final = "open" if pending or u < 0.04 else "referred" if refer and u < 0.6 else "resolved"
    delay = 0 if rng.random() < 0.3 else rng.randint(1, 12)  # days until handed over or settled
    when = (day + delay, minute + 60 if delay == 0 else rng.randrange(8 * 60, 17 * 60, 5))
    if final == "open" or not span.past(*when):
        return "open", None, stamp
    referred = refer.format_map(fill) if final == "referred" else None
    return final, referred, stamp if delay == 0 else span.clock.stamp(*when)


def _shift(off: Officer, span: Span, widx: int, day: int, slot: int,
           pending: bool = False) -> Shift:
    rng = off.rng
    if not off.deck:
        off.deck = list(PATROL_DECK)
        rng.shuffle(off.deck)
    kind = off.deck.pop()
    if slot == NIGHT and rng.random() < 0.5:
        kind = rng.choice(("routine", "early_detection", "sambang"))
    weekday = day % 7
    if weekday == 6:
        kind = "event_security"
    start, end = _times(rng, slot)
    visits = _visits(off, kind, widx, span)
    # The kelurahan: RWs are places visited, so a report's stale areas and places agree.
    area = off.kelurahan
    logged = end + rng.randrange(15, 91, 5)  # written up after the shift
    stamp = span.clock.stamp(day, logged)
    tags = ["ronda"] if slot == NIGHT and any(t == "poskamling" for t, _ in visits) else []
    if weekday == 4 and kind in ("sambang", "counselling", "public_info"):
        tags.append("jumat-curhat")
    shift = Shift(key=(day, start, off.index), day=day, start=start, end=end, logged=logged,
                  row=(), visits=visits)
    phrases = _shift_incidents(off, span, shift, kind, slot, stamp, pending)
    if _shift_contacts(off, span, widx, shift, kind, stamp):
        tags.append("tiga-pilar")
    summary = _summary(off, kind, area, visits, phrases)
    kind, summary = _giat(off, day, start, kind, visits, tags, area, phrases, summary)
    shift.row = (span.clock.stamp(day, start), span.clock.stamp(day, end), kind, area,
                 summary, _tags(*tags), off.name, off.unit, stamp, stamp)
    return shift


def _giat(off: Officer, day: int, start: int, kind: str, visits: list[tuple[str, str]],
          tags: list[str], area: str, phrases: list[str], summary: str) -> tuple[str, str]:
    """Some shifts are the giat the upward reports count by name: a night round at a watch
    post is pembinaan siskamling, a visit to a mosque or an office may be pembinaan
    komunitas, to a kelurahan office a giat kelurahan, to homes police service. Decided by
    a random stream of the shift's own after it is drawn, so the officer's stream, and with
    it the demo's weeks and grades, stay as they were."""
    side = random.Random(f"giat-{off.index}-{day}-{start}")
    types = {t for t, _ in visits}
    giat = kind
    if kind == "routine" and "ronda" in tags:
        giat = "night_watch"
    elif kind == "sambang" and types & {"worship", "office"} and side.random() < 0.4:
        giat = "community_guidance"
    elif kind == "sambang" and "residential" in types and side.random() < 0.3:
        giat = "police_service"
    elif kind == "dialogic" and "office" in types and side.random() < 0.6:
        giat = "village_activity"
    if giat == kind:
        return kind, summary
    text = side.choice(SUMMARIES[giat]).format(
        places=", ".join(n for _, n in visits), area=area, event=side.choice(EVENTS))
    if phrases:
        text += " Menangani kejadian: " + "; ".join(phrases) + "."
    return giat, text


def _moment(rng: random.Random, shift: Shift) -> int:
    return rng.randrange(shift.start + 5, shift.end - 4)


def _shift_incidents(off: Officer, span: Span, shift: Shift, kind: str, slot: int,
                     stamp: str, pending: bool) -> list[str]:
    """What the patrol ran into; `pending`: surely something, and still open."""
    rng = off.rng
    chance = 0.6 if kind == "problem_solving" else 0.38 if slot == NIGHT else 0.24
    if rng.random() >= chance and not pending:
        return []
    if kind == "problem_solving":
        what = "dispute"
    elif slot == NIGHT and rng.random() < 0.6:
        what = rng.choice(NIGHT_INCIDENTS)
    else:
        what = INCIDENT_KINDS.pick(rng)
    minute = _moment(rng, shift)
    row, phrase = _incident(off, span, shift.day, minute, what, shift.visits, stamp, pending)
    shift.incidents.append(((shift.day, minute, off.index), row))
    return [phrase]


def _shift_contacts(off: Officer, span: Span, widx: int, shift: Shift, kind: str,
                    stamp: str) -> bool:
    """Contacts met on the shift; True when the Babinsa came along (three pillars)."""
    rng = off.rng
    if kind == "door_to_door":
        count = rng.randint(3, 6)
    else:
        count = CONTACT_COUNT.pick(rng)
    meetings = []
    for _ in range(count):
        ptype, place = shift.visits[rng.randrange(len(shift.visits))]
        role = "resident" if kind == "door_to_door" and rng.random() < 0.8 else \
            ROLES_AT[ptype].pick(rng)
        meetings.append((_moment(rng, shift), role, place))
    babinsa = rng.random() < 0.2
    if babinsa:
        meetings.append((shift.start + 5, "babinsa", shift.visits[0][1]))
    for minute, role, place in sorted(meetings):
        row = _contact(off, span, widx, shift.day, minute, role, place, stamp, shift.visits)
        shift.contacts.append(((shift.day, minute, off.index), row))
    return babinsa


def _loose_contacts(off: Officer, span: Span, widx: int, grade: str, busy: set[int],
                    first: int) -> list[tuple[tuple, tuple]]:
    """Calls and visits to the station on days without a patrol (no patrol to link)."""
    rng = off.rng
    count = {"aktif": int(rng.random() < 0.3), "cukup": rng.randint(0, 1),
             "kurang": rng.randint(1, 2)}[grade]
    out = []
    for _ in range(count):
        day = first + rng.randrange(7)
        minute = rng.randrange(9 * 60, 16 * 60, 5)
        role = rng.choice(("rt_rw_head", "village_official", "resident", "community_leader"))
        topic = rng.choice(("Laporan situasi lingkungan lewat telepon",
                            "Warga datang ke Polsek menyampaikan keluhan",
                            "Koordinasi lewat pesan WhatsApp"))
        place = f"Mako {off.unit}" if topic.startswith("Warga") else "Telepon"
        stamp_min = minute + rng.randrange(10, 61, 5)
        if day in busy or not span.past(day, stamp_min):
            continue
        row = _contact(off, span, widx, day, minute, role, place,
                       span.clock.stamp(day, stamp_min), [], topic)
        out.append(((day, minute, off.index), row))
    return out


def _seed_shift(off: Officer, span: Span) -> Shift:
    """Day one: the story of the seed article."""
    clock = span.clock
    start, end, stamp_min = 8 * 60, 11 * 60, 11 * 60 + 40
    stamp = clock.stamp(0, stamp_min)
    visits = [("market", "Pasar Boplo"), ("public_space", "Jl. Cut Mutia"),
              ("transport", "Stasiun Gondangdia")]
    for _, name in visits:
        off.last_visit[name] = 0
    shift = Shift(key=(0, -1, 0), day=0, start=start, end=end, logged=stamp_min, row=(),
                  visits=visits)
    shift.row = (clock.stamp(0, start), clock.stamp(0, end), "dialogic", "Gondangdia",
                 "Patroli dialogis di sekitar Pasar Boplo dan Jl. Cut Mutia; menyapa pedagang "
                 "dan warga, menyampaikan himbauan kamtibmas. Di Jl. Cut Mutia bertemu "
                 "pengendara sepeda motor yang mengalami kecelakaan; bersama warga sekitar "
                 "memberikan pertolongan pertama.",
                 _tags("laka", "pertolongan-pertama"), off.name, off.unit, stamp, stamp)
    referred = span.today > 0
    shift.incidents.append(((0, 9 * 60 + 15, 0), (
        clock.stamp(0, 9 * 60 + 15), "traffic_accident", "Jl. Cut Mutia, dekat Pasar Boplo",
        "Pengendara sepeda motor mengalami kecelakaan tunggal di Jl. Cut Mutia dan terluka "
        "lecet di tangan dan kaki.",
        "Bersama warga sekitar memberikan pertolongan pertama, menepikan sepeda motor dan "
        "mengatur lalu lintas, lalu mengantar korban ke Puskesmas Kecamatan Menteng dan "
        "menghubungi keluarganya.",
        1, 0, "low", "referred" if referred else "open",
        "Unit Lantas " + POLRES if referred else None, None,
        _tags("laka", "pertolongan-pertama"), off.name, off.unit, stamp, stamp, "[]", None)))
    meetings = (
        (9 * 60 + 20, None, "resident", None, "Jl. Cut Mutia", None,
         "Korban kecelakaan: menanyakan kondisi dan menghubungi keluarganya", None, None,
         None, None),
        (9 * 60 + 35, "Bu Sri", "trader", "Pedagang Pasar Boplo", "Pasar Boplo", "081398765432",
         "Ikut menolong korban kecelakaan di Jl. Cut Mutia",
         "Pengendara sering melaju kencang di depan pasar",
         "Usulkan pita kejut dan rambu hati-hati ke Sudinhub lewat kelurahan",
         "Ada pita kejut dan rambu di depan pasar", "security"),
        (10 * 60 + 20, "Pak Rahmat", "rt_rw_head", "Ketua RW 03", "Jl. Cut Mutia", None,
         "Situasi kamtibmas di lingkungan RW 03", "Lampu jalan di gang RT 005/03 mati", None,
         None, "security"),
    )
    for minute, name, role, org, place, phone, topic, concern, promise, hope, field_ \
            in meetings:
        due = done = None
        if promise:
            due = clock.date(7)
            done = clock.stamp(5, 10 * 60) if span.past(5, 10 * 60) else None
        if name:  # people the officer will meet again
            off.names.add(name)
            circle = _circle(role, place, "RW 03 Gondangdia")
            off.people.setdefault(circle, []).append(Person(name, org, None, met=1))
        shift.contacts.append(((0, minute, 0), (
            clock.stamp(0, minute), name, role, org, place, phone, topic, concern, promise, due,
            done, None, _tags("laka") if role != "rt_rw_head" else _tags(), off.name, off.unit,
            stamp, done or stamp, hope, field_)))
    return shift


def _officer_week(off: Officer, span: Span,
                  widx: int) -> tuple[list[Shift], list[tuple[tuple, tuple]]]:
    first = widx * 7
    grade = _grade(off, widx, span)
    seed_week = off.index == 0 and widx == 0
    # Officer 1 meets a case last week that is still open: reports show every status.
    pending_week = off.index == 0 and widx == span.nweeks - 2
    shifts: list[Shift] = []
    plan = _plan(off, grade, seed_week)
    if off.index == 0:
        plan = _up_to_today(plan, span, first)
    for n, (weekday, slot) in enumerate(plan):
        if seed_week and n == 0:
            shift = _seed_shift(off, span)
        else:
            shift = _shift(off, span, widx, first + weekday, slot, pending_week and n == 0)
        # Keep what was written up by now: today's later shifts have not happened yet.
        # The seed story always opens the sample (with --weeks 1, early on a Monday, it lies
        # a few hours ahead: still within what `add` accepts).
        if span.past(shift.day, shift.logged) or (seed_week and n == 0):
            shifts.append(shift)
    busy = {s.day for s in shifts}
    loose = _loose_contacts(off, span, widx, grade, busy, first)
    if off.index == 0 and first <= span.today < first + 7 and not shifts and not any(
            key[0] >= first for key, _ in loose):
        # This week's report is never empty: a dawn round today, or if it is too early
        # for one, a call taken a few minutes ago.
        dawn = _shift(off, span, widx, span.today, DAWN)
        if span.past(dawn.day, dawn.logged):
            shifts.append(dawn)
        else:
            minute = max(0, span.now - 10)
            loose.append(((span.today, minute, off.index), _contact(
                off, span, widx, span.today, minute, "rt_rw_head", "Telepon",
                span.clock.stamp(span.today, span.now), [],
                "Laporan situasi lingkungan lewat telepon")))
    return shifts, loose


def _up_to_today(plan: list[tuple[int, int]], span: Span, first: int) -> list[tuple[int, int]]:
    """The seed officer's plan with a shift on each of the two days before today that
    falls in this week: the sample's last shifts are just before today, whatever day it
    is run on, so the quick start opens on a week with work in it."""
    days = {weekday for weekday, _ in plan}
    extra = [(day - first, AFTERNOON) for day in (span.today - 2, span.today - 1)
             if 0 <= day and first <= day < first + 7 and day - first not in days]
    return sorted(plan + extra)


# -- writing ---------------------------------------------------------------------------------
_INSERT = {
    "patrols": "INSERT INTO patrols(id, uid, started_at, ended_at, kind, area, summary, tags, "
               "officer, unit, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "visits": "INSERT INTO visits(patrol_id, position, type, name) VALUES (?,?,?,?)",
    "incidents": "INSERT INTO incidents(id, uid, occurred_at, kind, location, description, "
                 "action, injured, dead, severity, status, referred_to, patrol_id, tags, "
                 "officer, unit, created_at, updated_at, parties, resolution) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "contacts": "INSERT INTO contacts(id, uid, met_at, name, role, organisation, place, phone, "
                "topic, concern, follow_up, due, done_at, patrol_id, tags, officer, unit, "
                "created_at, updated_at, hope, field) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
}
_PATROL_AT = {"incidents": 10, "contacts": 11}  # index of patrol_id in a row without id/uid


class Writer:
    """Numbers rows, links them to their patrol's id, and inserts them in big batches."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.next = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] + 1
                     for t in ("patrols", "incidents", "contacts")}
        self.rows: dict[str, list[tuple]] = {t: [] for t in _INSERT}
        self.counts = dict.fromkeys(_INSERT, 0)

    def week(self, shifts: list[Shift], loose: list[tuple[tuple, tuple]]) -> None:
        shifts.sort(key=lambda s: s.key)
        incidents: list[tuple[tuple, tuple, int]] = []
        contacts: list[tuple[tuple, tuple, int | None]] = [(k, r, None) for k, r in loose]
        for shift in shifts:
            pid = self.next["patrols"]
            self.next["patrols"] += 1
            self.rows["patrols"].append((pid, _uid(), *shift.row))
            self.rows["visits"].extend((pid, i, t, n) for i, (t, n) in enumerate(shift.visits))
            incidents.extend((k, r, pid) for k, r in shift.incidents)
            contacts.extend((k, r, pid) for k, r in shift.contacts)
        for table, items in (("incidents", incidents), ("contacts", contacts)):
            items.sort(key=lambda item: item[0])
            at = _PATROL_AT[table]
            out = self.rows[table]
            for _, row, pid in items:
                out.append((self.next[table], _uid(), *row[:at], pid, *row[at + 1:]))
                self.next[table] += 1
        if any(len(rows) >= CHUNK for rows in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        # Patrols first: visits, incidents and contacts refer to them.
        for table, rows in self.rows.items():
            if rows:
                self.conn.executemany(_INSERT[table], rows)
                self.counts[table] += len(rows)
                rows.clear()


# -- the whole sample ------------------------------------------------------------------------
def _record_count(store: Store) -> int:
    return sum(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("patrols", "incidents", "contacts"))


def _refuse_non_empty(store: Store) -> None:
    count = _record_count(store)
    if count:
        raise InputError("err.demo_not_empty", path=str(store.path), count=count)


def _set_profile(conn: Any, officer: Officer, timezone: str) -> None:
    """The seed officer's profile, for whatever the journal does not say yet."""
    profile = {"officer": officer.name, "unit": officer.unit, "area": officer.kelurahan,
               "timezone": timezone}
    conn.executemany("INSERT INTO config(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                     list(profile.items()))


def fill(store: Store, *, weeks: int = DEFAULT_WEEKS, officers: int = DEFAULT_OFFICERS,
         seed: int = DEFAULT_SEED, append: bool = False,
         progress: Progress | None = None) -> dict[str, Any]:
    """Write the sample into `store`; return what was written, for the summary line."""

    check_options(weeks, officers)
    if not append:
        _refuse_non_empty(store)  # before anything is created on disk
    store.make_writable()
    tz = journal_tz(store.config().get("timezone") or DEFAULT_TIMEZONE)
    now = now_in(tz)
    first = now.date() - timedelta(days=now.weekday() + 7 * (weeks - 1))
    span = Span(nweeks=weeks, today=(now.date() - first).days, now=now.hour * 60 + now.minute,
                clock=Clock(first, tz))
    people = [_officer(i, name, seed) for i, name in enumerate(_officer_names(officers, seed))]
    step = max(1, weeks // 200)
    with store.write() as conn:
        if not append:
            _refuse_non_empty(store)  # again under the lock: another writer may have been first
        _set_profile(conn, people[0], zone_name(tz))
        writer = Writer(conn)
        for widx in range(weeks):
            shifts: list[Shift] = []
            loose: list[tuple[tuple, tuple]] = []
            for off in people:
                got, calls = _officer_week(off, span, widx)
                shifts.extend(got)
                loose.extend(calls)
            writer.week(shifts, loose)
            if progress and ((widx + 1) % step == 0 or widx + 1 == weeks):
                progress("records", widx + 1, weeks)
        writer.flush()
        for n, kind in enumerate(KINDS.values()):
            if progress:
                progress("index", n, len(KINDS))
            reindex(conn, kind)
        if progress:
            progress("index", len(KINDS), len(KINDS))
    return {"journal": str(store.path), "weeks": weeks, "officers": officers, "seed": seed,
            "from": first.isoformat(), "to": now.date().isoformat(),
            "patrols": writer.counts["patrols"], "visits": writer.counts["visits"],
            "incidents": writer.counts["incidents"], "contacts": writer.counts["contacts"]}
