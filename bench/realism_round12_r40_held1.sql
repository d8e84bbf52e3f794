-- Round 12 (r40) HELD-OUT schema 1: a residential letting agency in Brazil, named in Portuguese
-- (imobiliária: imóveis, proprietários, inquilinos, contratos, aluguéis, vistorias).
-- Written by the r40 helper before any change; measured once at the start and once at the end.

CREATE TABLE proprietarios (
    id               serial PRIMARY KEY,
    nome             varchar(60)  NOT NULL,
    sobrenome        varchar(60)  NOT NULL,
    cpf              char(14)     NOT NULL UNIQUE,
    email            varchar(120),
    telefone         varchar(20),
    celular          varchar(20),
    data_nascimento  date,
    banco            varchar(40),
    agencia          varchar(6),
    conta            varchar(12),
    criado_em        timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE imoveis (
    id               serial PRIMARY KEY,
    proprietario_id  integer      NOT NULL REFERENCES proprietarios(id),
    tipo             varchar(20)  NOT NULL CHECK (tipo IN ('apartamento', 'casa', 'kitnet', 'sala comercial')),
    logradouro       varchar(120) NOT NULL,
    numero           varchar(10)  NOT NULL,
    complemento      varchar(40),
    bairro           varchar(60)  NOT NULL,
    cidade           varchar(60)  NOT NULL,
    estado           char(2)      NOT NULL,
    cep              char(9)      NOT NULL,
    area_m2          numeric(7,2) NOT NULL,
    quartos          smallint     NOT NULL,
    banheiros        smallint     NOT NULL,
    vagas_garagem    smallint     NOT NULL DEFAULT 0,
    valor_aluguel    numeric(10,2) NOT NULL,
    valor_condominio numeric(8,2),
    valor_iptu       numeric(8,2),
    descricao        text,
    disponivel       boolean      NOT NULL DEFAULT true
);

CREATE TABLE inquilinos (
    id               serial PRIMARY KEY,
    nome_completo    varchar(120) NOT NULL,
    cpf              char(14)     NOT NULL UNIQUE,
    rg               varchar(12),
    profissao        varchar(60),
    renda_mensal     numeric(10,2),
    email            varchar(120),
    celular          varchar(20)  NOT NULL,
    data_cadastro    date         NOT NULL
);

CREATE TABLE contratos (
    id               serial PRIMARY KEY,
    imovel_id        integer      NOT NULL REFERENCES imoveis(id),
    inquilino_id     integer      NOT NULL REFERENCES inquilinos(id),
    data_inicio      date         NOT NULL,
    data_fim         date         NOT NULL,
    valor_mensal     numeric(10,2) NOT NULL,
    dia_vencimento   smallint     NOT NULL CHECK (dia_vencimento BETWEEN 1 AND 28),
    indice_reajuste  varchar(10)  NOT NULL DEFAULT 'IGP-M',
    caucao           numeric(10,2),
    situacao         varchar(20)  NOT NULL,
    observacoes      text
);

CREATE TABLE pagamentos (
    id               serial PRIMARY KEY,
    contrato_id      integer      NOT NULL REFERENCES contratos(id),
    competencia      date         NOT NULL,
    data_vencimento  date         NOT NULL,
    data_pagamento   date,
    valor            numeric(10,2) NOT NULL,
    multa            numeric(8,2)  NOT NULL DEFAULT 0,
    juros            numeric(8,2)  NOT NULL DEFAULT 0,
    forma_pagamento  varchar(20)
);

CREATE TABLE vistorias (
    id               serial PRIMARY KEY,
    imovel_id        integer      NOT NULL REFERENCES imoveis(id),
    data_vistoria    timestamptz  NOT NULL,
    vistoriador      varchar(80)  NOT NULL,
    tipo             varchar(10)  NOT NULL CHECK (tipo IN ('entrada', 'saida', 'periodica')),
    nota             smallint     CHECK (nota BETWEEN 1 AND 5),
    comentario       text
);
