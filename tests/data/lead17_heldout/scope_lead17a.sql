-- A kennel and cattery: boarding stays, grooming, vet referrals.
CREATE TABLE ownr (ownr_id serial PRIMARY KEY, full_nm varchar(80) NOT NULL, email varchar(120), mob_no varchar(20));
CREATE TABLE pet (pet_id serial PRIMARY KEY, ownr_id int NOT NULL REFERENCES ownr, pet_nm varchar(40) NOT NULL,
  species varchar(3) NOT NULL CHECK (species IN ('DOG','CAT')), wt_kg numeric(5,1) CHECK (wt_kg > 0), dob date);
CREATE TABLE stay (stay_id serial PRIMARY KEY, pet_id int NOT NULL REFERENCES pet, chk_in_dt date NOT NULL,
  chk_out_dt date, nightly_rt numeric(6,2) NOT NULL, tot_amt numeric(8,2), stay_stat varchar(4) NOT NULL CHECK (stay_stat IN ('BKD','IN','OUT','CXL')));
CREATE TABLE groom (groom_id serial PRIMARY KEY, pet_id int NOT NULL REFERENCES pet, groom_dt date NOT NULL,
  dur_min smallint NOT NULL, chrg numeric(6,2) NOT NULL);
CREATE TABLE feed_log (log_id serial PRIMARY KEY, stay_id int NOT NULL REFERENCES stay, fed_ts timestamp NOT NULL,
  grams_fed smallint NOT NULL, meds_given boolean NOT NULL DEFAULT false);
