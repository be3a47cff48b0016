"""Delivering a published digest where people read: by mail (:mod:`.mail`) and as a feed (:mod:`.feed`)."""
