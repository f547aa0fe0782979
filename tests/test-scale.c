/* test-scale.c: the largest plans a user may have work; files beyond any
 * plan are refused before they exhaust memory
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "nv-agenda-item.h"
#include "nv-ical-export.h"
#include "nv-ical-import.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-util.h"

#define N_NETWORKS      50
#define N_MEETINGS      10000
#define N_ITEMS         100000
#define N_PEOPLE        5000
#define N_PARTICIPANTS  5

static char *
scratch_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-scale-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
add_people (NvPlan *plan)
{
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autoptr(NvPerson) person = nv_person_new ();
      g_autofree char *name = g_strdup_printf ("Deltager %u Sørensen", i + 1);
      g_autofree char *email = g_strdup_printf ("deltager%u@kommune.dk", i + 1);

      g_free (nv_record_make_id (NV_RECORD (person)));
      nv_person_set_name (person, name);
      nv_person_set_email (person, email);
      nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));
    }
}

static void
add_meeting (NvPlan    *plan,
             NvNetwork *network,
             guint      n)
{
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autofree char *title = g_strdup_printf ("Netværksmøde %u", n + 1);
  GListModel *people = nv_plan_get_people (plan);

  g_free (nv_record_make_id (NV_RECORD (meeting)));
  nv_meeting_set_title (meeting, title);
  nv_meeting_set_date (meeting, nv_date_from_ymd (2020, 1, 1) + n);
  nv_meeting_set_start (meeting, 15 * 60);
  nv_meeting_set_location (meeting, "Rådhuset, mødelokale 2");

  for (guint i = 0; i < N_ITEMS / N_MEETINGS; i++)
    {
      g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();

      g_free (nv_record_make_id (NV_RECORD (item)));
      nv_agenda_item_set_title (item, "Erfaringsudveksling i grupper – hvad virker?");
      nv_agenda_item_set_duration (item, 10 + i);
      nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (item));
    }

  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autoptr(NvParticipant) participant = nv_participant_new ();
      g_autoptr(NvRecord) person = g_list_model_get_item (people, (n * N_PARTICIPANTS + i) % N_PEOPLE);

      g_free (nv_record_make_id (NV_RECORD (participant)));
      nv_participant_set_person (participant, nv_record_get_id (person));
      nv_participant_set_contribution (participant, "Oplæg om egne erfaringer");
      nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
    }

  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
}

static NvPlan *
largest_plan (void)
{
  NvPlan *plan = nv_plan_new ();

  add_people (plan);
  for (guint i = 0; i < N_NETWORKS; i++)
    {
      g_autoptr(NvNetwork) network = nv_network_new ();
      g_autofree char *name = g_strdup_printf ("Netværk %u", i + 1);

      g_free (nv_record_make_id (NV_RECORD (network)));
      nv_network_set_name (network, name);
      for (guint j = 0; j < N_MEETINGS / N_NETWORKS; j++)
        add_meeting (plan, network, i * (N_MEETINGS / N_NETWORKS) + j);
      nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
    }

  return plan;
}

static NvPlan *
reload (GFile *file)
{
  g_autoptr(GError) error = NULL;
  NvPlan *plan = nv_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static guint
count_participants (NvPlan *plan)
{
  GListModel *networks = nv_plan_get_networks (plan);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(NvNetwork) network = g_list_model_get_item (networks, i);
      GListModel *meetings = nv_network_get_meetings (network);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(NvMeeting) meeting = g_list_model_get_item (meetings, j);

          n += g_list_model_get_n_items (nv_meeting_get_participants (meeting));
        }
    }

  return n;
}

/* 10 000 meetings, 100 000 agenda items and 5 000 people load, take an
 * edit that reaches across the whole plan, undo it, and save */
static void
test_largest_plan (void)
{
  g_autofree char *path = scratch_path ("largest.netvaerk");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NvPlan) plan = largest_plan ();
  g_autoptr(NvPlan) loaded = NULL;
  g_autoptr(NvPlan) edited = NULL;
  g_autoptr(NvRecord) person = NULL;
  g_autoptr(NvNetwork) last_network = NULL;
  g_autoptr(NvMeeting) last_meeting = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (nv_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  loaded = reload (file);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (loaded)));
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_people (loaded)), ==, N_PEOPLE);
  g_assert_cmpuint (count_participants (loaded), ==, N_MEETINGS * N_PARTICIPANTS);

  /* Deleting a person removes them from every meeting they take part in */
  person = g_list_model_get_item (nv_plan_get_people (loaded), 0);
  nv_plan_delete_record (loaded, person, "Delete person");
  g_assert_cmpuint (count_participants (loaded), ==, N_MEETINGS * N_PARTICIPANTS - N_MEETINGS * N_PARTICIPANTS / N_PEOPLE);
  g_assert_true (nv_history_undo (nv_plan_get_history (loaded)));
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (loaded)));

  last_network = g_list_model_get_item (nv_plan_get_networks (loaded), N_NETWORKS - 1);
  last_meeting = g_list_model_get_item (nv_network_get_meetings (last_network), N_MEETINGS / N_NETWORKS - 1);
  nv_meeting_set_title (last_meeting, "Det allersidste møde");
  g_assert_true (nv_plan_save_to_file (loaded, file, NULL, &error));
  g_assert_no_error (error);

  edited = reload (file);
  g_assert_true (nv_record_equal (NV_RECORD (loaded), NV_RECORD (edited)));
  g_assert_false (nv_record_equal (NV_RECORD (plan), NV_RECORD (edited)));

  /* And all of it goes to a calendar */
  {
    g_autoptr(GPtrArray) meetings = nv_ical_collect (edited, NULL, NULL, &error);
    g_autofree char *calendar = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (meetings->len, ==, N_MEETINGS);
    calendar = nv_ical_export (edited, meetings, NV_ICAL_PUBLISH, "Netværk", -1, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (calendar, "Det allersidste"));
  }
}

/* A file over the limit is refused from its size alone: the sparse test
 * file would need 201 MB of memory to read */
static void
test_too_large_files (void)
{
  g_autofree char *plan_path = scratch_path ("huge.netvaerk");
  g_autofree char *calendar_path = scratch_path ("huge.ics");
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(GFile) calendar_file = g_file_new_for_path (calendar_path);
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  NvIcalImportResult result;

  g_assert_true (g_file_set_contents (plan_path, "{", -1, NULL));
  g_assert_cmpint (truncate (plan_path, NV_PLAN_MAX_FILE_SIZE + 1), ==, 0);
  loaded = nv_plan_load_from_file (plan_file, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (calendar_path, "BEGIN:VCALENDAR\r\n", -1, NULL));
  g_assert_cmpint (truncate (calendar_path, 1024 * 1024 * 1024), ==, 0);
  g_assert_false (nv_ical_import_file (plan, NULL, calendar_file, &result, &error));
  g_assert_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_networks (plan)), ==, 0);
}

/* Nesting a million deep is refused at the format's limit, without
 * recursing a million times */
static void
test_deep_nesting (void)
{
  const gsize depth = 1000000;
  g_autoptr(GString) data = g_string_new ("{\"format\": \"netvaerk-plan\", \"version\": 1, \"x\": ");
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (data, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (data, ']');
  g_string_append_c (data, '}');

  plan = nv_plan_load_from_data (data->str, data->len, &error);
  g_assert_null (plan);
  g_assert_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_TOO_DEEP);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/largest-plan", test_largest_plan);
  g_test_add_func ("/scale/too-large-files", test_too_large_files);
  g_test_add_func ("/scale/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
