// Each entity node has the one label of its type: the catch-all label
// Entity, with its key constraint, is gone (graphs written before lose it
// in the backfill "migration:one-label"). A key of unknown type is found
// through the key constraint of each label (matchKey in bykey.go).
DROP CONSTRAINT entity_key IF EXISTS;
