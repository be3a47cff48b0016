"""Composing: takes a cluster and its stories, returns one MergedStory with its topic."""
