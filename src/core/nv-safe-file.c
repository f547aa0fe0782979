/* nv-safe-file.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nv-safe-file.h"

static gssize fail_after_bytes = -1;
static gboolean no_hard_links;

void
nv_safe_file_inject_failure (gssize bytes)
{
  fail_after_bytes = bytes;
}

/* For tests: behave as on a file system without hard links */
void
nv_safe_file_inject_no_hard_links (gboolean no_links)
{
  no_hard_links = no_links;
}

char *
nv_safe_file_backup_path (const char *path)
{
  return g_strconcat (path, "~", NULL);
}

static gboolean
set_save_error (const char  *path,
                int          saved_errno,
                GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  gsize written = 0;

  while (written < length)
    {
      gsize chunk = length - written;
      gssize n;

      if (fail_after_bytes >= 0 && written + chunk > (gsize) fail_after_bytes)
        {
          chunk = (gsize) fail_after_bytes > written ? fail_after_bytes - written : 0;
          if (chunk == 0)
            {
              errno = ENOSPC;
              return FALSE;
            }
        }

      n = write (fd, data + written, chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      written += n;
    }

  return TRUE;
}

/* The backup is a hard link to the old file, so it costs no copy. Some
 * file systems (FAT on a USB stick, some network shares) have no links:
 * there the old file is copied. Only if even that fails (a full disk)
 * does the save go on without a backup: the new file is complete. */
static void
keep_backup (const char *path)
{
  g_autofree char *backup = nv_safe_file_backup_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_unlink (backup);
  if (!no_hard_links && link (path, backup) == 0)
    return;

  if (!g_file_get_contents (path, &contents, &length, &error) ||
      !g_file_set_contents (backup, contents, length, &error))
    g_debug ("No backup of %s: %s", path, error->message);
}

static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
replace_local_file (const char  *path,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *temp_path = g_strdup_printf ("%s/.%s.XXXXXX", folder, name);
  GStatBuf old_stat;
  gboolean had_old_file;
  int saved_errno;
  int fd;

  had_old_file = g_stat (path, &old_stat) == 0;
  if (had_old_file && S_ISDIR (old_stat.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: there is a folder of that name"), path);
      return FALSE;
    }

  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_save_error (path, errno, error);

  if (had_old_file)
    fchmod (fd, old_stat.st_mode & 07777);

  /* Everything must be on the disk before the rename makes it the file */
  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp_path);
      return set_save_error (path, saved_errno, error);
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (temp_path);
      return set_save_error (path, saved_errno, error);
    }

  if (had_old_file)
    keep_backup (path);

  if (g_rename (temp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (temp_path);
      return set_save_error (path, saved_errno, error);
    }

  sync_folder (folder);
  return TRUE;
}

/* A plan opened through a symbolic link is saved into the file the link
 * names: renaming over the link itself would make it a file of its own,
 * and the real plan would never see the edits. A loop of links is left
 * as it is, for the save to fail on. */
static char *
follow_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *folder = NULL;

      if (target == NULL)
        break;
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (folder, target, NULL);
    }

  return g_steal_pointer (&current);
}

/**
 * nv_safe_file_replace:
 *
 * Writes @data as the new contents of @file: into a temporary file beside
 * it, flushed to disk, then renamed over it, so that a crash, a kill or a
 * full disk at any moment leaves the old file or the new one, never a mix.
 * The old contents stay as a backup ("NAME~"). A symbolic link is
 * followed: the file it names is replaced, and the link stays. On failure
 * @file is untouched.
 */
gboolean
nv_safe_file_replace (GFile         *file,
                      const char    *data,
                      gsize          length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  const char *path = g_file_peek_path (file);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (path != NULL)
    {
      g_autofree char *real_path = follow_links (path);

      return replace_local_file (real_path, data, length, error);
    }

  /* Remote locations: GIO writes them through a temporary file too */
  return g_file_replace_contents (file, data, length, NULL, TRUE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}
