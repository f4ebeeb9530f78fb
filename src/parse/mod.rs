//! The form an ATS fills from a resume: contact, jobs, education, skills
//! (issue "What the ATS form gets").

pub mod dates;
pub mod resume;
