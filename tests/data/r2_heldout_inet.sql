-- held-out (r2): inet / cidr CHECKs
CREATE TABLE cameras (
    camera_id   serial PRIMARY KEY,
    address     inet NOT NULL UNIQUE CHECK (address << '192.168.40.0/22'),
    mgmt_v6     inet CHECK (mgmt_v6 IS NULL OR family(mgmt_v6) = 6),
    uplink      inet NOT NULL CHECK (uplink <<= '172.20.0.0/16'::inet AND family(uplink) = 4)
);
CREATE TABLE vlans (
    vlan_id     serial PRIMARY KEY,
    subnet      cidr NOT NULL UNIQUE CHECK (family(subnet) = 4 AND masklen(subnet) BETWEEN 20 AND 26),
    gateway     inet CHECK (gateway << '10.0.0.0/8' OR gateway << '100.64.0.0/10')
);
