"""What the sample is made of (`patrolog demo`): the Polsek's kelurahan, streets and places,
the names of officers and residents, what residents raise and hope for, the kinds of
incidents and the weights the story draws them by. Data only: tables and `Weights`.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from itertools import accumulate
from typing import Any


class Weights:
    """Values with weights, picked by bisecting the cumulative sums."""

    __slots__ = ("values", "cumulative", "total")

    def __init__(self, pairs: tuple[tuple[Any, int | float], ...]) -> None:
        self.values = [v for v, _ in pairs]
        self.cumulative = list(accumulate(w for _, w in pairs))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect_right(self.cumulative, rng.random() * self.total)]


SEED_OFFICER = "Aiptu Tafsipul"
POLRES = "Polres Metro Jakarta Pusat"

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
