-- The old ballot table kept the voter beside the choice, with the time and order of each vote: gone, once its
-- rows moved to ballot_register and ballot_box (V51, V52).
drop table if exists ballot;
