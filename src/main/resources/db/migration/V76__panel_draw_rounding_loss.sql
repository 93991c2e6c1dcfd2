-- What the rounding to tickets cost, published with each new lottery: the fair distribution's lowest probability
-- and the largest drop of anyone's probability from it. Null for lotteries published before. Each statement is safe
-- to run again after a start that died half-way.
alter table panel_draw add column if not exists fair_minimum_probability double null;
alter table panel_draw add column if not exists largest_loss double null;
