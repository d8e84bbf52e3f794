-- Round 12 (r40) tune schema 2: a dental clinic in Spain, named in Spanish.
CREATE TABLE pacientes (
    id_paciente      serial PRIMARY KEY,
    nombre           varchar(40)  NOT NULL,
    apellidos        varchar(80)  NOT NULL,
    dni              char(9)      NOT NULL UNIQUE,
    fecha_nacimiento date         NOT NULL,
    sexo             char(1)      CHECK (sexo IN ('H', 'M')),
    telefono         varchar(20),
    movil            varchar(20),
    correo_electronico varchar(120),
    direccion        varchar(120),
    codigo_postal    char(5),
    ciudad           varchar(60),
    provincia        varchar(40),
    fecha_alta       date         NOT NULL
);
CREATE TABLE dentistas (
    id_dentista      serial PRIMARY KEY,
    nombre           varchar(40)  NOT NULL,
    apellido         varchar(60)  NOT NULL,
    numero_colegiado varchar(12)  NOT NULL,
    especialidad     varchar(40),
    salario          numeric(9,2)
);
CREATE TABLE citas (
    id_cita          serial PRIMARY KEY,
    id_paciente      integer      NOT NULL REFERENCES pacientes(id_paciente),
    id_dentista      integer      NOT NULL REFERENCES dentistas(id_dentista),
    fecha_hora       timestamptz  NOT NULL,
    duracion_minutos smallint     NOT NULL,
    motivo           varchar(120),
    estado           varchar(20)  NOT NULL,
    notas            text
);
CREATE TABLE tratamientos (
    id_tratamiento   serial PRIMARY KEY,
    nombre           varchar(80)  NOT NULL,
    descripcion      text,
    precio           numeric(8,2) NOT NULL,
    duracion_estimada smallint
);
CREATE TABLE facturas (
    id_factura       serial PRIMARY KEY,
    numero_factura   varchar(20)  NOT NULL UNIQUE,
    id_paciente      integer      NOT NULL REFERENCES pacientes(id_paciente),
    fecha_emision    date         NOT NULL,
    fecha_vencimiento date        NOT NULL,
    importe          numeric(10,2) NOT NULL,
    iva              numeric(8,2),
    total            numeric(10,2) NOT NULL,
    metodo_pago      varchar(20),
    pagada           boolean      NOT NULL DEFAULT false
);
CREATE TABLE lineas_factura (
    id_linea         serial PRIMARY KEY,
    id_factura       integer      NOT NULL REFERENCES facturas(id_factura),
    id_tratamiento   integer      NOT NULL REFERENCES tratamientos(id_tratamiento),
    cantidad         smallint     NOT NULL DEFAULT 1,
    precio_unitario  numeric(8,2) NOT NULL,
    descuento        numeric(5,2)
);
