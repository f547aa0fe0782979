/* test-plan-file.c: loading and saving plan files
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare() and CLONE_NEWNS, for the full file system test */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-safe-file.h"

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("NETVAERK_SOURCE_DIR");
  va_list args;
  char *relative, *path;

  va_start (args, first);
  relative = g_build_filename_valist (first, &args);
  va_end (args);
  path = g_build_filename (root ? root : "..", relative, NULL);
  g_free (relative);
  return path;
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static NvPlan *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return nv_plan_load_from_file (file, NULL, error);
}

/* A plan is read straight from its text, or, when that fails, as a
 * tree first: both ways must give the same model, down to the bytes it
 * saves to. */
static NvPlan *
read_both_ways (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) from_text = NULL;
  g_autoptr(NvPlan) from_tree = NULL;
  g_autoptr(GBytes) text_saved = NULL;
  g_autoptr(GBytes) tree_saved = NULL;

  from_text = nv_plan_read_with (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 NV_PLAN_READ_FROM_TEXT, &error);
  g_assert_no_error (error);
  from_tree = nv_plan_read_with (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 NV_PLAN_READ_FROM_TREE, &error);
  g_assert_no_error (error);

  g_assert_true (nv_record_equal (NV_RECORD (from_text), NV_RECORD (from_tree)));
  text_saved = nv_plan_to_bytes (from_text);
  tree_saved = nv_plan_to_bytes (from_tree);
  g_assert_true (g_bytes_equal (text_saved, tree_saved));
  return g_steal_pointer (&from_text);
}

/* Every sample plan loads, is saved to a file of exactly its own bytes
 * (through the same atomic save the application uses), and that file
 * reloads to an equal model. */
static void
test_sample_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = source_path ("data", "samples", name, NULL);
  g_autoptr(GBytes) original = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-sample-XXXXXX", &error);
  g_autofree char *copy = g_build_filename (dir, name, NULL);
  g_autofree char *backup = g_strconcat (copy, "~", NULL);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);

  g_assert_no_error (error);
  plan = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_networks (plan)), >, 0);
  g_assert_cmpuint (nv_plan_count_meetings (plan), >, 0);
  g_clear_object (&reloaded);
  reloaded = read_both_ways (original);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));
  g_clear_object (&reloaded);

  g_assert_true (nv_plan_save_to_file (plan, copy_file, NULL, &error));
  g_assert_no_error (error);
  saved = read_bytes (copy);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                   g_bytes_get_data (original, NULL), g_bytes_get_size (original));

  reloaded = load_path (copy, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));

  g_remove (backup);
  g_assert_cmpint (g_remove (copy), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Members this version does not know come back unchanged, in place. */
static void
test_unknown_members (void)
{
  g_autofree char *path = source_path ("tests", "files", "unknown-members.netvaerk", NULL);
  g_autoptr(GBytes) original = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(NvMeeting) meeting = NULL;
  g_autoptr(NvNetwork) network = NULL;
  JsonObject *extra;

  plan = load_path (path, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = read_both_ways (original);

  network = g_list_model_get_item (nv_plan_get_networks (plan), 0);
  meeting = g_list_model_get_item (nv_network_get_meetings (network), 0);
  extra = nv_record_get_extra (NV_RECORD (meeting));
  g_assert_nonnull (extra);
  g_assert_true (json_object_has_member (extra, "video_link"));
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, "Netværksmøde 1");

  /* An edit elsewhere does not disturb them */
  nv_meeting_set_subtheme (meeting, "Ny undertema");
  saved = nv_plan_to_bytes (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"video_link\": \"https://example.com/m/1\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"nested\": [\n"));

  nv_meeting_set_subtheme (meeting, "Første undertema");
  g_clear_pointer (&saved, g_bytes_unref);
  saved = nv_plan_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                   g_bytes_get_data (original, NULL), g_bytes_get_size (original));
}

typedef struct
{
  char   *file;
  GQuark  domain;
  int     code;
  char   *message;
} Malformed;

static void
malformed_free (gpointer data)
{
  Malformed *m = data;

  g_free (m->file);
  g_free (m->message);
  g_free (m);
}

static int
error_code_from_name (const char *name)
{
  static const char * const names[] = {
    "IO", "TOO_LARGE", "ENCODING", "SYNTAX", "TOO_DEEP", "NOT_A_PLAN",
    "NEWER_VERSION", "TYPE", "VALUE", "MISSING", "DUPLICATE_ID", "REFERENCE",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], name))
      return i;

  g_error ("Unknown error code %s in EXPECTED", name);
}

/* A broken file gives its specific error, and neither crashes nor
 * changes the file. */
static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autofree char *path = source_path ("tests", "malformed", m->file, NULL);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;

  plan = load_path (path, &error);
  g_assert_null (plan);
  g_assert_error (error, NV_PLAN_ERROR, m->code);
  if (strstr (error->message, m->message) == NULL)
    g_error ("%s: message “%s” does not contain “%s”", m->file, error->message, m->message);

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  /* Read straight from the text, it fails as well (its message is not
   * shown: the tree's is) */
  g_clear_error (&error);
  plan = nv_plan_read_with (g_bytes_get_data (before, NULL), g_bytes_get_size (before),
                            NV_PLAN_READ_FROM_TEXT, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
}

/* A member twice in one object is JSON that json-glib reads (the last
 * one counts, in the place of the first). Reading from the text leaves
 * such a file to the tree, so it reads the same as ever. The header
 * may also stand anywhere in the file. */
static void
test_member_twice (void)
{
  static const char twice[] =
    "{\n"
    "  \"name\": \"Først\",\n"
    "  \"people\": [\n"
    "    { \"id\": \"p-1\", \"name\": \"Anna\", \"name\": \"Bo\", \"x\": 1, \"x\": 2 }\n"
    "  ],\n"
    "  \"people\": [\n"
    "    { \"id\": \"p-x\", \"name\": \"Carl\", \"id\": \"p-2\" }\n"
    "  ],\n"
    "  \"name\": \"Sidst\",\n"
    "  \"format\": \"netvaerk-plan\",\n"
    "  \"version\": 1\n"
    "}\n";
  static const char header_last[] =
    "{ \"name\": \"Plan\", \"version\": 1, \"format\": \"netvaerk-plan\" }";
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvPlan) from_tree = NULL;
  g_autoptr(NvPerson) person = NULL;
  g_autoptr(GBytes) header_last_bytes = g_bytes_new_static (header_last, strlen (header_last));

  plan = nv_plan_read_with (twice, strlen (twice), NV_PLAN_READ_FROM_TEXT, &error);
  g_assert_null (plan);
  g_clear_error (&error);

  plan = nv_plan_load_from_data (twice, strlen (twice), &error);
  g_assert_no_error (error);
  from_tree = nv_plan_read_with (twice, strlen (twice), NV_PLAN_READ_FROM_TREE, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (from_tree)));
  g_assert_cmpstr (nv_plan_get_name (plan), ==, "Sidst");
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_people (plan)), ==, 1);
  person = g_list_model_get_item (nv_plan_get_people (plan), 0);
  g_assert_cmpstr (nv_person_get_name (person), ==, "Carl");
  g_assert_cmpstr (nv_record_get_id (NV_RECORD (person)), ==, "p-2");

  g_clear_object (&plan);
  plan = read_both_ways (header_last_bytes);
  g_assert_cmpstr (nv_plan_get_name (plan), ==, "Plan");
}

static GPtrArray *
read_malformed_manifest (void)
{
  g_autofree char *path = source_path ("tests", "malformed", "EXPECTED", NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  GPtrArray *cases = g_ptr_array_new_with_free_func (malformed_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      Malformed *m;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      columns = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (columns), ==, 3);
      m = g_new0 (Malformed, 1);
      m->file = g_strdup (columns[0]);
      m->code = error_code_from_name (columns[1]);
      m->message = g_strdup (columns[2]);
      g_ptr_array_add (cases, m);
    }

  return cases;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("netvaerk-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* A save that fails part-way (a full disk) leaves the old file as it
 * was, loadable, and no temporary file behind. */
static void
test_interrupted_save (void)
{
  g_autofree char *sample = source_path ("data", "samples", "familieplejere.netvaerk", NULL);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) original = read_bytes (sample);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) new_bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvPlan) reloaded = NULL;

  g_file_set_contents (path, g_bytes_get_data (original, NULL), g_bytes_get_size (original), &error);
  g_assert_no_error (error);

  plan = load_path (path, &error);
  g_assert_no_error (error);
  nv_plan_set_name (plan, "Ændret navn");
  new_bytes = nv_plan_to_bytes (plan);

  /* Fail at many points of the write, the very first and last byte included */
  length = g_bytes_get_size (new_bytes);
  for (gsize step = 0; step <= length / 997; step++)
    {
      gssize cut = MIN (step * 997, length - 1);

      nv_safe_file_inject_failure (cut);
      g_assert_false (nv_plan_save_to_file (plan, file, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_assert_nonnull (strstr (error->message, "plan.netvaerk"));
      g_clear_error (&error);

      after = read_bytes (path);
      g_assert_true (g_bytes_equal (original, after));
      g_clear_pointer (&after, g_bytes_unref);
      g_assert_cmpuint (count_files (dir), ==, 1);
    }
  nv_safe_file_inject_failure (-1);

  reloaded = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nv_plan_get_name (reloaded), !=, "Ændret navn");

  /* The edits are still in memory: a later save succeeds and keeps a backup */
  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&reloaded);
  reloaded = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nv_plan_get_name (reloaded), ==, "Ændret navn");
  {
    g_autofree char *backup_path = nv_safe_file_backup_path (path);
    g_autoptr(GBytes) backup = read_bytes (backup_path);

    g_assert_true (g_bytes_equal (original, backup));
  }

  remove_temp_dir (dir);
}

/* Where the file system has no hard links, the backup is a copy: the
 * previous file still survives each save. */
static void
test_backup_without_hard_links (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.netvaerk", NULL);
  g_autofree char *backup_path = nv_safe_file_backup_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) backup = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf file_stat, backup_stat;

  nv_safe_file_inject_no_hard_links (TRUE);
  nv_plan_set_name (plan, "Første udgave");
  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  first = read_bytes (path);

  nv_plan_set_name (plan, "Anden udgave");
  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  nv_safe_file_inject_no_hard_links (FALSE);

  backup = read_bytes (backup_path);
  g_assert_true (g_bytes_equal (first, backup));
  g_assert_cmpint (g_stat (path, &file_stat), ==, 0);
  g_assert_cmpint (g_stat (backup_path, &backup_stat), ==, 0);
  g_assert_cmpuint (file_stat.st_ino, !=, backup_stat.st_ino);
  g_assert_cmpuint (count_files (dir), ==, 2);

  remove_temp_dir (dir);
}

/* Saving where a folder stands gives an error, and touches nothing. */
static void
test_save_over_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_rmdir (path);
  remove_temp_dir (dir);
}

/* Copies a sample plan into @dir as plan.netvaerk; returns its path */
static char *
put_sample (const char *dir)
{
  g_autofree char *sample = source_path ("data", "samples", "familieplejere.netvaerk", NULL);
  g_autoptr(GBytes) bytes = read_bytes (sample);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "plan.netvaerk", NULL);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

/* Saves an edited copy of the plan at @path, which must fail with
 * @code and a message naming the file */
static void
assert_save_fails (const char *path,
                   int         code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = load_path (path, &error);

  g_assert_no_error (error);
  nv_plan_set_name (plan, "Ændret, men ikke gemt");
  g_assert_false (nv_plan_save_to_file (plan, file, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, "plan.netvaerk"));
  /* The edit is still there to save somewhere else */
  g_assert_cmpstr (nv_plan_get_name (plan), ==, "Ændret, men ikke gemt");
}

/* A folder the user may not write to. Root writes anywhere, so as root
 * the save runs as the user "nobody". */
static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (g_test_subprocess ())
    {
      if (geteuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);
      assert_save_fails (g_getenv ("NV_TEST_PLAN"), G_IO_ERROR_PERMISSION_DENIED);
      return;
    }

  dir = make_temp_dir ();
  path = put_sample (dir);
  before = read_bytes (path);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("NV_TEST_PLAN", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_chmod (dir, 0700);
  remove_temp_dir (dir);
}

/* Whether this process may make a mount namespace of its own with a
 * tmpfs in it; tried in a child, so that nothing here changes */
static gboolean
can_mount_tmpfs (const char *mount_point)
{
  int status = -1;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (unshare (CLONE_NEWNS) == 0 &&
           mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
           mount ("tmpfs", mount_point, "tmpfs", 0, "size=64k") == 0 ? 0 : 1);

  return pid > 0 && waitpid (pid, &status, 0) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* Fills the file system that holds @dir to the last byte */
static void
fill_file_system (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  FILE *out = fopen (filler, "w");

  g_assert_nonnull (out);
  while (fputc ('x', out) != EOF && fflush (out) == 0)
    ;
  fclose (out);
}

/* A really full file system: a 64 kB tmpfs in a mount namespace of the
 * test's own. Where the system does not allow one, injected write
 * failures (/plan-file/interrupted-save) stand in for it. */
static void
test_save_full_file_system (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      const char *mount_point = g_getenv ("NV_TEST_MOUNT");
      g_autofree char *path = NULL;
      g_autoptr(GBytes) before = NULL;
      g_autoptr(GBytes) after = NULL;

      g_assert_true (unshare (CLONE_NEWNS) == 0);
      g_assert_true (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0);
      g_assert_true (mount ("tmpfs", mount_point, "tmpfs", 0, "size=64k") == 0);

      path = put_sample (mount_point);
      before = read_bytes (path);
      fill_file_system (mount_point);

      assert_save_fails (path, G_IO_ERROR_NO_SPACE);
      after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_cmpuint (count_files (mount_point), ==, 2);
      return;
    }

  dir = make_temp_dir ();
  if (!can_mount_tmpfs (dir))
    {
      g_test_skip ("No tmpfs can be mounted here; /plan-file/interrupted-save injects the failures instead");
      g_rmdir (dir);
      return;
    }

  g_setenv ("NV_TEST_MOUNT", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_rmdir (dir);
}

/* The plan's file deleted underneath: saving writes it again. Its
 * folder deleted: a message, and the edits are kept. */
static void
test_save_deleted_underneath (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = put_sample (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = load_path (path, &error);
  g_autoptr(NvPlan) reloaded = NULL;

  g_assert_no_error (error);
  nv_plan_set_name (plan, "Gemt igen");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  reloaded = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));

  remove_temp_dir (dir);
  g_assert_false (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "plan.netvaerk"));
  g_assert_cmpstr (nv_plan_get_name (plan), ==, "Gemt igen");
}

/* A plan opened through a symbolic link (relative, and a link to that
 * link): saving changes the plan the links name, keeps its backup beside
 * it, and leaves the links as links */
static void
test_save_through_link (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = put_sample (dir);
  g_autofree char *link_path = g_build_filename (dir, "link.netvaerk", NULL);
  g_autofree char *link_link_path = g_build_filename (dir, "link2.netvaerk", NULL);
  g_autofree char *backup = nv_safe_file_backup_path (path);
  g_autoptr(GFile) link = g_file_new_for_path (link_link_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  GStatBuf buf;

  g_assert_cmpint (symlink ("plan.netvaerk", link_path), ==, 0);
  g_assert_cmpint (symlink (link_path, link_link_path), ==, 0);
  plan = load_path (link_link_path, &error);
  g_assert_no_error (error);
  nv_plan_set_name (plan, "Gemt gennem et link");
  g_assert_true (nv_plan_save_to_file (plan, link, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link_path, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  g_assert_cmpint (g_lstat (link_link_path, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  reloaded = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nv_plan_get_name (reloaded), ==, "Gemt gennem et link");

  remove_temp_dir (dir);
}

static void
test_save_preserves_new_plan (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "ny.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(NvPerson) person = nv_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  nv_plan_set_name (plan, "Ny plan \"med\" tegn\n\t\\ og æøå ✓");
  id = nv_record_make_id (NV_RECORD (person));
  nv_person_set_name (person, "Søren S.");
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));

  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);

  reloaded = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));
  g_assert_true (g_str_has_prefix (id, "p-"));
  remove_temp_dir (dir);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Loads @file in a thread and waits for it in the main context */
static NvPlan *
load_async (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  nv_plan_load_from_file_async (file, cancellable, on_loaded_cb, &result);
  /* The callback never runs before the main context does */
  g_assert_null (result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return nv_plan_load_from_file_finish (result, error);
}

/* A plan loaded in a thread is the plan loaded in the caller's; a file
 * that cannot be read gives the same error either way */
static void
test_load_async (void)
{
  g_autofree char *sample = source_path ("data", "samples", "bydelsmoedre.netvaerk", NULL);
  g_autofree char *broken = source_path ("tests", "malformed", "core-yes.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/plan.netvaerk");
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvPlan) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected_error = NULL;

  plan = load_async (file, NULL, &error);
  g_assert_no_error (error);
  expected = nv_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (expected)));
  /* The plan works as one loaded here does: lookups, its history */
  g_assert_true (nv_plan_lookup (plan, "p-mette") != NULL);
  g_assert_nonnull (nv_plan_get_history (plan));

  g_assert_null (load_async (broken_file, NULL, &error));
  g_assert_null (nv_plan_load_from_file (broken_file, NULL, &expected_error));
  g_assert_error (error, expected_error->domain, expected_error->code);
  g_assert_cmpstr (error->message, ==, expected_error->message);
  g_clear_error (&error);

  g_assert_null (load_async (missing, NULL, &error));
  g_assert_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_IO);
}

/* A cancelled load says so, and gives no plan */
static void
test_load_async_cancelled (void)
{
  g_autofree char *sample = source_path ("data", "samples", "bydelsmoedre.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_null (load_async (file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const samples[] = {
    "bydelsmoedre.netvaerk",
    "familieplejere.netvaerk",
    "social-kapital.netvaerk",
    "netvaerksforloeb.netvaerk",
    "chefforum.netvaerk",
  };
  g_autoptr(GPtrArray) malformed = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/plan-file/sample/%s", samples[i]);
      g_test_add_data_func (test_path, samples[i], test_sample_round_trip);
    }

  g_test_add_func ("/plan-file/unknown-members", test_unknown_members);
  g_test_add_func ("/plan-file/member-twice", test_member_twice);
  g_test_add_func ("/plan-file/interrupted-save", test_interrupted_save);
  g_test_add_func ("/plan-file/backup-without-hard-links", test_backup_without_hard_links);
  g_test_add_func ("/plan-file/save-over-folder", test_save_over_folder);
  g_test_add_func ("/plan-file/save-read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/plan-file/save-full-file-system", test_save_full_file_system);
  g_test_add_func ("/plan-file/save-deleted-underneath", test_save_deleted_underneath);
  g_test_add_func ("/plan-file/new-plan", test_save_preserves_new_plan);
  g_test_add_func ("/plan-file/save-through-link", test_save_through_link);
  g_test_add_func ("/plan-file/load-async", test_load_async);
  g_test_add_func ("/plan-file/load-async-cancelled", test_load_async_cancelled);

  malformed = read_malformed_manifest ();
  for (guint i = 0; i < malformed->len; i++)
    {
      Malformed *m = g_ptr_array_index (malformed, i);
      g_autofree char *test_path = g_strdup_printf ("/plan-file/malformed/%s", m->file);

      g_test_add_data_func (test_path, m, test_malformed);
    }

  return g_test_run ();
}
