-- A small-batch cider maker: orchards, pressings, tanks, bottling runs, trade sales.
CREATE TABLE orch (orch_id serial PRIMARY KEY, orch_nm varchar(60) NOT NULL, area_ha numeric(6,2) NOT NULL, trees_no integer);
CREATE TABLE prsg (prsg_id serial PRIMARY KEY, orch_id int NOT NULL REFERENCES orch, prsd_dt date NOT NULL,
  apples_kg numeric(8,1) NOT NULL, juice_ltr numeric(8,1) NOT NULL, sg_start numeric(5,3) NOT NULL);
CREATE TABLE tank (tank_id serial PRIMARY KEY, tank_cd varchar(6) NOT NULL UNIQUE, cap_ltr integer NOT NULL);
CREATE TABLE btlg (btlg_id serial PRIMARY KEY, tank_id int NOT NULL REFERENCES tank, btld_dt date NOT NULL,
  btl_cnt integer NOT NULL, abv_pct numeric(4,2) NOT NULL, lot_no varchar(12) NOT NULL);
CREATE TABLE trd_cust (cust_id serial PRIMARY KEY, biz_nm varchar(80) NOT NULL, crd_lim numeric(9,2));
CREATE TABLE sale (sale_id serial PRIMARY KEY, cust_id int NOT NULL REFERENCES trd_cust, btlg_id int NOT NULL REFERENCES btlg,
  sold_dt date NOT NULL, cases_qty smallint NOT NULL, price_per_case numeric(7,2) NOT NULL, inv_tot numeric(10,2));
