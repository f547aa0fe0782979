/* nv-recovery.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "nv-plan-file.h"
#include "nv-recovery.h"
#include "nv-safe-file.h"

/*
 * Each window with unsaved changes keeps a copy of its plan in
 * ~/.local/share/netvaerk/recovery/ID.netvaerk, written a few seconds
 * after each change, and a key file ID.info that says which file the
 * plan came from and which process keeps it. A save or a closed window
 * removes both. What is left when no such process is running any more is
 * what a crash or a kill left behind: the next start offers it back.
 */

#define INFO_GROUP "Recovery"

void
nv_recovery_entry_free (NvRecoveryEntry *entry)
{
  g_free (entry->id);
  g_free (entry->plan_path);
  g_clear_object (&entry->original);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}

char *
nv_recovery_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "netvaerk", "recovery", NULL);
}

char *
nv_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
entry_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = nv_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
process_name (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/comm", pid);
  char *name = NULL;

  if (!g_file_get_contents (path, &name, NULL, NULL))
    return NULL;
  return g_strstrip (name);
}

/* A killed process can linger as a zombie until its parent reaps it */
static gboolean
process_is_zombie (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *stat = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return FALSE;

  /* "PID (NAME) STATE …"; the name may hold spaces and parentheses */
  after_name = strrchr (stat, ')');
  return after_name != NULL && after_name[1] == ' ' && after_name[2] == 'Z';
}

/* A process id can be reused: the process must also have the same name */
static gboolean
process_alive (int         pid,
               const char *name)
{
  g_autofree char *current = NULL;

  if (pid <= 0 || (kill (pid, 0) != 0 && errno != EPERM) || process_is_zombie (pid))
    return FALSE;

  current = process_name (pid);
  return current == NULL || g_strcmp0 (current, name) == 0;
}

/**
 * nv_recovery_save:
 * @id: the window's recovery id (nv_recovery_new_id())
 * @original: (nullable): the plan's file
 *
 * Writes the recovery copy of @plan, replacing the previous one.
 */
gboolean
nv_recovery_save (const char  *id,
                  NvPlan      *plan,
                  GFile       *original,
                  GError     **error)
{
  g_autofree char *dir = nv_recovery_get_dir ();
  g_autofree char *plan_path = entry_path (id, NV_PLAN_FILE_SUFFIX);
  g_autofree char *info_path = entry_path (id, ".info");
  g_autofree char *name = process_name (getpid ());
  g_autofree char *info_data = NULL;
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(GFile) info_file = g_file_new_for_path (info_path);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GBytes) bytes = nv_plan_to_bytes (plan);
  gsize info_length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder for recovery copies “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (info, INFO_GROUP, "file", uri);
    }
  g_key_file_set_integer (info, INFO_GROUP, "pid", getpid ());
  g_key_file_set_string (info, INFO_GROUP, "process", name ? name : "");
  info_data = g_key_file_to_data (info, &info_length, NULL);

  /* The plan first: an info file always has its plan */
  return nv_safe_file_replace (plan_file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               NULL, error) &&
         nv_safe_file_replace (info_file, info_data, info_length, NULL, error);
}

void
nv_recovery_discard (const char *id)
{
  g_autofree char *plan_path = entry_path (id, NV_PLAN_FILE_SUFFIX);
  g_autofree char *info_path = entry_path (id, ".info");
  g_autofree char *backup_path = nv_safe_file_backup_path (plan_path);
  g_autofree char *info_backup_path = nv_safe_file_backup_path (info_path);

  g_unlink (info_path);
  g_unlink (plan_path);
  g_unlink (backup_path);
  g_unlink (info_backup_path);
}

static NvRecoveryEntry *
read_entry (const char *id)
{
  g_autofree char *info_path = entry_path (id, ".info");
  g_autofree char *plan_path = entry_path (id, NV_PLAN_FILE_SUFFIX);
  g_autofree char *uri = NULL;
  g_autofree char *process = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(GFileInfo) file_info = NULL;
  NvRecoveryEntry *entry;

  if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;

  process = g_key_file_get_string (info, INFO_GROUP, "process", NULL);
  if (process_alive (g_key_file_get_integer (info, INFO_GROUP, "pid", NULL), process))
    return NULL;

  file_info = g_file_query_info (plan_file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (file_info == NULL)
    return NULL;

  entry = g_new0 (NvRecoveryEntry, 1);
  entry->id = g_strdup (id);
  entry->plan_path = g_steal_pointer (&plan_path);
  uri = g_key_file_get_string (info, INFO_GROUP, "file", NULL);
  entry->original = uri != NULL ? g_file_new_for_uri (uri) : NULL;
  entry->saved = g_file_info_get_modification_date_time (file_info);
  return entry;
}

/**
 * nv_recovery_list:
 *
 * Returns: (transfer full) (element-type NvRecoveryEntry): the recovery
 * copies that no running Netværk keeps, oldest first
 */
GPtrArray *
nv_recovery_list (void)
{
  g_autofree char *dir_path = nv_recovery_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) nv_recovery_entry_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      NvRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".info"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".info"));
      entry = read_entry (id);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }

  return entries;
}

NvPlan *
nv_recovery_load (NvRecoveryEntry  *entry,
                  GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (entry->plan_path);

  return nv_plan_load_from_file (file, NULL, error);
}
