-- One name for the responsibility list in code and schema: the case keeps which version of a list
-- entry routed it (its foreign key follows the rename).
ALTER TABLE casework_case RENAME COLUMN duty_id TO responsibility_version_id;
