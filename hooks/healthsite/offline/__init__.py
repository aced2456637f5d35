"""Offline copies: each language edition as one archive that works from the file system."""
