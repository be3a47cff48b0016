"""History: takes a digest and earlier published ones, returns follow-ups and records the week."""
