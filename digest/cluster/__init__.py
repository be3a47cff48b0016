"""Clustering: takes stories and clustering settings, returns clusters of stories of one event."""
