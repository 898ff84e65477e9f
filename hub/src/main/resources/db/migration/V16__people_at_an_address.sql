-- A record that places people at a property (UPRN) looks for the families already registered there; without an
-- index that look-up reads every person in the directory.
create index person_directory_by_uprn on person_directory (uprn);
