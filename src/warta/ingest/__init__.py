"""Reading raw documents: files, folders, stdin, JSON Lines, CSV, WARC, gzip; decoding."""
