-- tracker: a small issue tracker (scope phrase tests, issue 11).
CREATE TYPE issue_state AS ENUM ('open', 'in_progress', 'in_review', 'closed', 'wont_fix');
CREATE TABLE organizations (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL UNIQUE,
                            created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE accounts (id bigserial PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations,
                       username text NOT NULL UNIQUE, display_name text, email text NOT NULL,
                       role text NOT NULL CHECK (role IN ('admin', 'developer', 'reporter', 'viewer')),
                       joined_at timestamptz NOT NULL);
CREATE TABLE projects (id bigserial PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations,
                       key varchar(10) NOT NULL UNIQUE, name text NOT NULL, is_archived boolean NOT NULL DEFAULT false,
                       created_at timestamptz NOT NULL);
CREATE TABLE labels (id serial PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects, name text NOT NULL,
                     color char(7) NOT NULL);
CREATE TABLE sprints (id bigserial PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects, name text NOT NULL,
                      starts_on date NOT NULL, ends_on date NOT NULL, CHECK (ends_on > starts_on));
CREATE TABLE issues (id bigserial PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects,
                     sprint_id bigint REFERENCES sprints, reporter_id bigint NOT NULL REFERENCES accounts,
                     assignee_id bigint REFERENCES accounts, title text NOT NULL, description text,
                     state issue_state NOT NULL DEFAULT 'open',
                     priority text NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
                     story_points int CHECK (story_points BETWEEN 0 AND 21),
                     opened_at timestamptz NOT NULL, resolved_at timestamptz,
                     CHECK (resolved_at IS NULL OR resolved_at >= opened_at));
CREATE TABLE issue_labels (issue_id bigint NOT NULL REFERENCES issues, label_id int NOT NULL REFERENCES labels,
                           PRIMARY KEY (issue_id, label_id));
CREATE TABLE comments (id bigserial PRIMARY KEY, issue_id bigint NOT NULL REFERENCES issues,
                       author_id bigint NOT NULL REFERENCES accounts, body text NOT NULL,
                       posted_at timestamptz NOT NULL);
CREATE TABLE attachments (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), issue_id bigint NOT NULL REFERENCES issues,
                          file_name text NOT NULL, size_bytes bigint NOT NULL CHECK (size_bytes > 0),
                          uploaded_at timestamptz NOT NULL);
CREATE TABLE watchers (issue_id bigint NOT NULL REFERENCES issues, account_id bigint NOT NULL REFERENCES accounts,
                       PRIMARY KEY (issue_id, account_id));
