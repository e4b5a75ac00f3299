-- Organizations form a small tree: a DISTRICT holds SCHOOLs and out-of-school PROGRAMs; EMPLOYERs
-- stand alone. Students belong to one school or program (person.school_id), supervisors to one
-- employer (person.employer_id), coordinators to one or more schools, programs or districts
-- (person_organization): a coordinator sees the placements of the students of those organizations,
-- a district covering its schools and programs.

alter table organization add column parent_id varchar(64);
alter table organization add constraint fk_organization_parent foreign key (parent_id)
    references organization (organization_id);
create index ix_organization_parent on organization (parent_id);

create table person_organization (
    person_id       varchar(64) not null,
    organization_id varchar(64) not null,
    constraint pk_person_organization primary key (person_id, organization_id),
    constraint fk_person_organization_person foreign key (person_id) references person (person_id),
    constraint fk_person_organization_org foreign key (organization_id) references organization (organization_id)
);
create index ix_person_organization_org on person_organization (organization_id);

-- coordinators so far had at most one school in person.school_id
insert into person_organization (person_id, organization_id)
    select person_id, school_id from person where role = 'COORDINATOR' and school_id is not null;
update person set school_id = null where role = 'COORDINATOR';

-- set when an administrator chose the password: the person picks their own at next sign-in
alter table user_account add column password_change_required boolean default false not null;
-- why an administrator disabled the account, for the next administrator who wonders
alter table user_account add column disabled_reason varchar(500);
