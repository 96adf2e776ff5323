"""Data in and out of files: plain values in, plain values out; no sessions, no Qt."""
