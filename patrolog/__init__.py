"""patrolog: a field journal for community police officers (Bhabinkamtibmas)."""

__version__ = "0.1.0"
