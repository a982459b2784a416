package meta

// TODO(entities): replaced by the entity, quote, figure and tag extractors.

func entities(d *doc) (people, places, organizations []string) { return nil, nil, nil }

func quotes(d *doc, people []string) []Quote { return nil }

func figures(d *doc) []Figure { return nil }

func tags(d *doc, m *Metadata) []string { return nil }
