-- Co-handling offices (协办) find their cases in their inbox: look a case up by the office that co-handles it.
CREATE INDEX ix_cw_case_co_office_office ON casework_case_co_office (office_id, case_id);
