/* test-save-kill.c: a save killed at any moment leaves the old file or
 * the new one, never a mix
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nv-agenda-item.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan-file.h"
#include "nv-util.h"

#define N_KILLS 200

/* A plan of some megabytes, named after its version */
static NvPlan *
large_plan (guint version)
{
  NvPlan *plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autofree char *name = g_strdup_printf ("Version %u", version);

  nv_plan_set_name (plan, name);
  g_free (nv_record_make_id (NV_RECORD (network)));
  nv_network_set_name (network, "Netværk om borgerinddragelse");
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));

  for (guint i = 0; i < 1500; i++)
    {
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();
      g_autofree char *title = g_strdup_printf ("Netværksmøde %u (version %u)", i + 1, version);

      g_free (nv_record_make_id (NV_RECORD (meeting)));
      nv_meeting_set_title (meeting, title);
      nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 1, 1) + i);
      nv_meeting_set_start (meeting, 17 * 60);
      nv_meeting_set_location (meeting, "Rådhuset, mødelokale 1, Frederiksberg Allé 12");
      for (guint j = 0; j < 6; j++)
        {
          g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();

          g_free (nv_record_make_id (NV_RECORD (item)));
          nv_agenda_item_set_title (item, "Præsentationsrunde – hvad har fungeret godt siden sidst?");
          nv_agenda_item_set_duration (item, 15 + j);
          nv_agenda_item_set_notes (item, "Ordstyreren beder alle om kort at fortælle, hvad de hedder og hvilken hverdag de har.");
          nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (item));
        }
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
    }

  return plan;
}

static guint
version_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = nv_plan_load_from_file (file, NULL, &error);
  guint version = 0;

  /* The file always loads: the old plan or the new one, whole */
  g_assert_no_error (error);
  g_assert_cmpint (sscanf (nv_plan_get_name (plan), "Version %u", &version), ==, 1);
  return version;
}

/* The child: save version N over the file, then exit */
static int
save_version (const char *path,
              guint       version)
{
  g_autoptr(NvPlan) plan = large_plan (version);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_print ("saving\n");
  if (!nv_plan_save_to_file (plan, file, NULL, &error))
    g_error ("%s", error->message);
  return 0;
}

static GSubprocess *
spawn_saver (const char *path,
             guint       version)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autofree char *argument = g_strdup_printf ("%s:%u", path, version);
  g_autoptr(GError) error = NULL;
  GSubprocess *child;

  g_subprocess_launcher_setenv (launcher, "NETVAERK_SAVE_CHILD", argument, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, "/proc/self/exe", NULL);
  g_assert_no_error (error);
  return child;
}

/* Waits until the child has built its plan and begins to write */
static void
wait_for_saving (GSubprocess *child)
{
  g_autoptr(GDataInputStream) output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  char *line;

  while ((line = g_data_input_stream_read_line (output, NULL, NULL, NULL)) != NULL)
    {
      gboolean saving = g_str_equal (line, "saving");

      g_free (line);
      if (saving)
        return;
    }
}

static void
test_kill_during_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.netvaerk", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  gint64 save_time;
  guint current = 0, completed = 0, interrupted = 0;

  /* Version 0, and how long a whole save takes here */
  {
    g_autoptr(GSubprocess) child = spawn_saver (path, 0);
    gint64 start;

    wait_for_saving (child);
    start = g_get_monotonic_time ();
    g_assert_true (g_subprocess_wait_check (child, NULL, NULL));
    save_time = MAX (g_get_monotonic_time () - start, 1000);
  }
  g_assert_cmpuint (version_on_disk (path), ==, 0);

  for (guint i = 1; i <= N_KILLS; i++)
    {
      g_autoptr(GSubprocess) child = spawn_saver (path, i);
      guint on_disk;

      /* Somewhere in the save, or a little after */
      wait_for_saving (child);
      g_usleep (g_rand_int_range (rand, 0, save_time * 12 / 10));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, NULL);

      on_disk = version_on_disk (path);
      g_assert_true (on_disk == current || on_disk == i);
      if (on_disk == i)
        completed++;
      current = on_disk;
      if (g_subprocess_get_if_signaled (child))
        interrupted++;
    }

  g_test_message ("%u saves killed, %u of them finished before the kill (a save takes %" G_GINT64_FORMAT " µs)",
                  interrupted, completed, save_time);
  /* The kills must really have come during saves, not only before or after */
  g_assert_cmpuint (interrupted, >, N_KILLS / 4);
  g_assert_cmpuint (completed, <, N_KILLS);

  /* Killed saves may leave their hidden temporary files; never the plan half-written */
  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  const char *child = g_getenv ("NETVAERK_SAVE_CHILD");

  setlocale (LC_ALL, "C.UTF-8");

  if (child != NULL)
    {
      const char *colon = strrchr (child, ':');
      g_autofree char *path = g_strndup (child, colon - child);

      return save_version (path, atoi (colon + 1));
    }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/save/kill-during-save", test_kill_during_save);
  return g_test_run ();
}
