//! Output files that are written whole or not at all (SPEC "Qualities").
//!
//! [`AtomicFile`] writes to a hidden temporary file in the target's folder
//! and renames it over the target on [`AtomicFile::commit`]. Dropping it
//! without a commit (an error, Ctrl-C) removes the temporary file, so the
//! target keeps its old content or stays absent; a reader never sees half a
//! report. A target that exists and is not a regular file (`/dev/null`, a
//! named pipe, `/dev/stdout`) is written directly: renaming over it would
//! replace the device, and a reader of a pipe sees a stream anyway.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A file under construction; see the module docs.
pub(crate) struct AtomicFile {
    writer: Writer,
    target: PathBuf,
}

enum Writer {
    Temp(BufWriter<NamedTempFile>),
    Direct(BufWriter<File>),
}

impl AtomicFile {
    /// Starts writing `target`. Fails now, before any work, when its folder
    /// does not exist or cannot be written.
    pub(crate) fn create(target: &Path) -> io::Result<AtomicFile> {
        if std::fs::metadata(target).is_ok_and(|m| !m.is_file()) {
            let file = OpenOptions::new().write(true).truncate(true).open(target)?;
            return Ok(AtomicFile {
                writer: Writer::Direct(BufWriter::new(file)),
                target: target.to_path_buf(),
            });
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        // Said plainly (the temporary file's name would be in the error).
        std::fs::metadata(dir)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // 0666 before the umask, as for any file the user's tools create.
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .permissions(Permissions::from_mode(0o666))
            .tempfile_in(dir)?;
        Ok(AtomicFile {
            writer: Writer::Temp(BufWriter::new(temp)),
            target: target.to_path_buf(),
        })
    }

    /// The file that [`AtomicFile::commit`] will replace.
    pub(crate) fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes, syncs and renames the temporary file over the target.
    pub(crate) fn commit(self) -> io::Result<()> {
        match self.writer {
            Writer::Temp(writer) => {
                let temp = writer.into_inner().map_err(|e| e.into_error())?;
                temp.as_file().sync_all()?;
                temp.persist(&self.target).map_err(|e| e.error)?;
                Ok(())
            }
            Writer::Direct(mut writer) => writer.flush(),
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.writer {
            Writer::Temp(w) => w.write(buf),
            Writer::Direct(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.writer {
            Writer::Temp(w) => w.flush(),
            Writer::Direct(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_changes_only_on_commit() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("ranked.csv");
        std::fs::write(&target, "old\n")?;

        let mut file = AtomicFile::create(&target)?;
        file.write_all(b"new\n")?;
        file.flush()?;
        assert_eq!(std::fs::read_to_string(&target)?, "old\n");
        drop(file);
        assert_eq!(std::fs::read_to_string(&target)?, "old\n");
        let names = std::fs::read_dir(dir.path())?.count();
        assert_eq!(names, 1, "an abandoned file leaves no temporary file");

        let mut file = AtomicFile::create(&target)?;
        file.write_all(b"new\n")?;
        file.commit()?;
        assert_eq!(std::fs::read_to_string(&target)?, "new\n");
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn a_device_is_written_not_replaced() -> io::Result<()> {
        let mut file = AtomicFile::create(Path::new("/dev/null"))?;
        file.write_all(b"discarded\n")?;
        file.commit()?;
        let meta = std::fs::metadata("/dev/null")?;
        assert!(!meta.is_file(), "/dev/null is still a device");
        Ok(())
    }

    #[test]
    fn missing_folder_fails_at_once() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        assert!(AtomicFile::create(&dir.path().join("nope/ranked.csv")).is_err());
        Ok(())
    }
}
