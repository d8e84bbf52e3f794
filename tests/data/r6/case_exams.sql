-- exams: two marks of one small domain (1 to 5) ordered inside an OR, grouped with a status rule
CREATE DOMAIN pct AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE TABLE exams (
    exam_id     serial PRIMARY KEY,
    status      text NOT NULL CHECK (status IN ('open', 'graded', 'void')),
    void_reason text,
    pass_mark   pct,
    top_score   pct,
    CHECK (top_score IS NULL OR pass_mark IS NOT NULL AND pass_mark < top_score),
    CHECK ((status = 'void') = (void_reason IS NOT NULL)),
    CHECK (status <> 'graded' OR top_score IS NOT NULL)
);
