/* test-ical-import.c: calendars from elsewhere, good, odd and broken
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "nv-history.h"

#include "nv-calendar-state.h"
#include "nv-ical-export.h"
#include "nv-ical-import.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-test-util.h"
#include "nv-util.h"

static NvPlan *
plan_with_network (void)
{
  NvPlan *plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();

  g_free (nv_record_make_id (NV_RECORD (network)));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  return plan;
}

static NvNetwork *
first_network (NvPlan *plan)
{
  return NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
}

/* Export, then import into an empty network: the same meetings */
static void
test_round_trip (void)
{
  g_autoptr(NvPlan) source = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvPlan) target = plan_with_network ();
  g_autoptr(GPtrArray) meetings = nv_ical_collect (source, NULL, NULL, NULL);
  g_autofree char *text = nv_ical_export (source, meetings, NV_ICAL_PUBLISH, "Familieplejere", -1, NULL);
  NvIcalImportResult result;
  g_autoptr(GError) error = NULL;
  GListModel *imported = nv_network_get_meetings (first_network (target));

  g_assert_true (nv_ical_import (target, first_network (target), text, strlen (text), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, meetings->len);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.skipped->len, ==, 0);
  g_assert_cmpstr (result.calendar_name, ==, "Familieplejere");

  for (guint i = 0; i < meetings->len; i++)
    {
      NvMeeting *original = g_ptr_array_index (meetings, i);
      NvMeeting *copy = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (imported), i));
      g_autofree char *summary = nv_ical_meeting_summary (original);
      g_autofree char *uid = nv_ical_meeting_uid (original);

      g_assert_cmpuint (nv_meeting_get_date (copy), ==, nv_meeting_get_date (original));
      g_assert_cmpint (nv_meeting_get_start (copy), ==, nv_meeting_get_start (original));
      g_assert_cmpint (nv_meeting_get_duration (copy), ==, nv_ical_meeting_length (original));
      g_assert_cmpstr (nv_meeting_get_title (copy), ==, summary);
      g_assert_cmpstr (nv_meeting_get_location (copy), ==, nv_meeting_get_location (original));
      g_assert_cmpstr (nv_calendar_state_get_uid (nv_meeting_get_calendar (copy)), ==, uid);
    }
  nv_ical_import_result_clear (&result);

  /* The same file again adds nothing and changes nothing */
  g_assert_true (nv_ical_import (target, first_network (target), text, strlen (text), &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (imported), ==, meetings->len);
  nv_ical_import_result_clear (&result);

  /* With one event moved elsewhere, that one is updated */
  {
    g_autoptr(GString) moved = g_string_new (text);

    g_assert_cmpuint (g_string_replace (moved, "\r\nLOCATION:", "\r\nLOCATION:Nyt sted ", 1), ==, 1);
    g_assert_true (nv_ical_import (target, first_network (target), moved->str, moved->len, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.added, ==, 0);
    g_assert_cmpuint (result.updated, ==, 1);
    nv_ical_import_result_clear (&result);
  }

  /* One step each: undone, the network is empty again */
  g_assert_true (nv_history_undo (nv_plan_get_history (target)));
  g_assert_cmpstr (nv_meeting_get_location (NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (imported), 0))), ==,
                   nv_meeting_get_location (g_ptr_array_index (meetings, 0)));
  g_assert_true (nv_history_undo (nv_plan_get_history (target)));
  g_assert_cmpuint (g_list_model_get_n_items (imported), ==, 0);
}

/* An invitation's attendees become participants; a known address is
 * the person the plan already has */
static void
test_attendees (void)
{
  g_autoptr(NvPlan) source = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvPlan) target = plan_with_network ();
  g_autoptr(GPtrArray) meetings = nv_ical_collect (source, "m-1", NULL, NULL);
  g_autofree char *text = nv_ical_export (source, meetings, NV_ICAL_REQUEST, NULL, -1, NULL);
  g_autoptr(NvPerson) known = nv_person_new ();
  NvRecord *karen = nv_plan_lookup (source, "p-karen");
  NvIcalImportResult result;
  NvMeeting *meeting;

  g_free (nv_record_make_id (NV_RECORD (known)));
  nv_person_set_name (known, "Karen M.");
  nv_person_set_email (known, "KAREN.MIKKELSEN@EXAMPLE.DK");
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (target)), NV_RECORD (known));
  g_assert_nonnull (karen);

  g_assert_true (nv_ical_import (target, first_network (target), text, strlen (text), &result, NULL));
  meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_meetings (first_network (target))), 0));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_participants (meeting)), >, 1);
  g_assert_cmpstr (nv_participant_get_person (NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), 0))),
                   ==, nv_record_get_id (NV_RECORD (known)));
  /* Everyone else is a new person, once */
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_people (target)), ==,
                    g_list_model_get_n_items (nv_meeting_get_participants (meeting)));
  nv_ical_import_result_clear (&result);
}

/* Without a network, the calendar becomes one, named after it */
static void
test_new_network (void)
{
  g_autoptr(NvPlan) source = nv_test_load_sample ("social-kapital.netvaerk");
  g_autoptr(NvPlan) target = nv_plan_new ();
  g_autoptr(GPtrArray) meetings = nv_ical_collect (source, NULL, NULL, NULL);
  g_autofree char *text = nv_ical_export (source, meetings, NV_ICAL_PUBLISH, "Social kapital; 2027", -1, NULL);
  NvIcalImportResult result;

  g_assert_true (nv_ical_import (target, NULL, text, strlen (text), &result, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_networks (target)), ==, 1);
  g_assert_cmpstr (nv_network_get_name (first_network (target)), ==, "Social kapital 2027");
  nv_ical_import_result_clear (&result);
}

/* The times calendar programs write land at the right Copenhagen time */
static void
test_times (void)
{
  static const struct { const char *file; guint index; int year, month, day, start; } cases[] = {
    { "outlook-romance-standard-time.ics", 0, 2027, 1, 15, 10 * 60 },
    { "outlook-romance-standard-time.ics", 1, 2027, 3, 29, 10 * 60 },  /* just after the spring change */
    { "outlook-romance-standard-time.ics", 2, 2027, 6, 15, 10 * 60 },
    { "google-utc-calname.ics", 0, 2027, 1, 20, 10 * 60 },             /* 09:00Z in winter */
    { "google-utc-calname.ics", 1, 2027, 7, 5, 10 * 60 },              /* 08:00Z in summer */
    { "floating-time.ics", 0, 2027, 4, 1, 8 * 60 + 30 },
    { "all-day-value-date.ics", 0, 2027, 5, 1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "ics", cases[i].file, NULL);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(NvPlan) plan = plan_with_network ();
      NvIcalImportResult result;
      NvMeeting *meeting;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (nv_ical_import (plan, first_network (plan), contents, length, &result, NULL));
      meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_meetings (first_network (plan))), cases[i].index));
      g_assert_cmpuint (nv_meeting_get_date (meeting), ==, nv_date_from_ymd (cases[i].year, cases[i].month, cases[i].day));
      g_assert_cmpint (nv_meeting_get_start (meeting), ==, cases[i].start);
      nv_ical_import_result_clear (&result);
    }
}

typedef struct
{
  char *file;
  char *outcome;
  char *text;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->file);
  g_free (c->outcome);
  g_free (c->text);
  g_free (c);
}


static int
sequence_in (const char *text,
             const char *uid)
{
  g_autofree char *needle = g_strdup_printf ("UID:%s\r\n", uid);
  const char *event = strstr (text, needle);
  const char *sequence = event ? strstr (event, "\r\nSEQUENCE:") : NULL;

  g_assert_nonnull (sequence);
  return atoi (sequence + strlen ("\r\nSEQUENCE:"));
}

/* Our own export, imported into the plan it came from, changes nothing:
 * not the titles, not the notes, not the lengths, not the SEQUENCEs;
 * a meeting moved in the calendar moves, and keeps its title */
static void
test_own_round_trip (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *moved = NV_MEETING (nv_plan_lookup (plan, "m-2"));
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *title = g_strdup (nv_meeting_get_title (moved));
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) changed = NULL;
  NvIcalImportResult result;
  int year, month, day;

  /* One meeting without a time of day: a whole-day event, and back */
  nv_meeting_set_start (NV_MEETING (nv_plan_lookup (plan, "m-3")), -1);
  meetings = nv_ical_collect (plan, NULL, NULL, NULL);
  text = nv_ical_export (plan, meetings, NV_ICAL_PUBLISH, "Familieplejere", -1, NULL);
  before = nv_plan_to_bytes (plan);

  /* Into the network shown, and with no network: the same */
  g_assert_true (nv_ical_import (plan, first_network (plan), text, strlen (text), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);   /* nothing in it is news */
  nv_ical_import_result_clear (&result);
  g_assert_true (nv_ical_import (plan, NULL, text, strlen (text), &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  nv_ical_import_result_clear (&result);
  after = nv_plan_to_bytes (plan);
  g_assert_cmpstr (g_bytes_get_data (after, NULL), ==, g_bytes_get_data (before, NULL));

  again = nv_ical_export (plan, meetings, NV_ICAL_PUBLISH, "Familieplejere", -1, NULL);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", i);
      g_autofree char *uid = nv_ical_meeting_uid (NV_MEETING (nv_plan_lookup (plan, id)));

      g_assert_cmpint (sequence_in (again, uid), ==, sequence_in (text, uid));
    }

  /* Moved to 10.00 in the calendar, by someone */
  nv_date_to_ymd (nv_meeting_get_date (moved), &year, &month, &day);
  {
    g_autofree char *old_start = g_strdup_printf ("DTSTART;TZID=Europe/Copenhagen:%04d%02d%02dT", year, month, day);
    g_autofree char *uid = nv_ical_meeting_uid (moved);
    g_autofree char *uid_line = g_strconcat ("UID:", uid, NULL);
    const char *event = strstr (again, uid_line);
    char *start;

    g_assert_nonnull (event);
    start = strstr (event, old_start);
    changed = g_string_new (again);
    g_assert_nonnull (start);
    memcpy (changed->str + (start - again) + strlen (old_start), "1000", 4);
  }
  g_assert_true (nv_ical_import (plan, NULL, changed->str, changed->len, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.updated, ==, 1);
  nv_ical_import_result_clear (&result);
  g_assert_cmpint (nv_meeting_get_start (moved), ==, 10 * 60);
  g_assert_cmpstr (nv_meeting_get_title (moved), ==, title);
  g_assert_cmpint (g_list_model_get_n_items (nv_plan_get_networks (plan)), ==, 1);
}

/* An event already in the plan updates its meeting in whichever network
 * it is: importing without a network twice adds the meetings once */
static void
test_plan_wide_uids (void)
{
  g_autoptr(NvPlan) source = nv_test_load_sample ("social-kapital.netvaerk");
  g_autoptr(NvPlan) target = nv_plan_new ();
  g_autoptr(GPtrArray) meetings = nv_ical_collect (source, NULL, NULL, NULL);
  g_autofree char *text = nv_ical_export (source, meetings, NV_ICAL_PUBLISH, "Social kapital", -1, NULL);
  NvIcalImportResult result;
  guint n;

  g_assert_true (nv_ical_import (target, NULL, text, strlen (text), &result, NULL));
  g_assert_cmpuint (result.added, ==, meetings->len);
  nv_ical_import_result_clear (&result);
  n = g_list_model_get_n_items (nv_network_get_meetings (first_network (target)));

  g_assert_true (nv_ical_import (target, NULL, text, strlen (text), &result, NULL));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  nv_ical_import_result_clear (&result);
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_networks (target)), ==, 1);

  /* Nor does another network shown get copies */
  nv_test_append (nv_plan_get_networks (target), nv_network_new ());
  g_assert_true (nv_ical_import (target, NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (target)), 1)),
                                 text, strlen (text), &result, NULL));
  g_assert_cmpuint (result.added, ==, 0);
  nv_ical_import_result_clear (&result);
  g_assert_cmpuint (g_list_model_get_n_items (nv_network_get_meetings (first_network (target))), ==, n);
}

/* Whole-day events come in as meetings without a time of day, and the
 * reasons for every event skipped make the message when none came in */
static void
test_all_day_and_reasons (void)
{
  g_autoptr(NvPlan) source = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvPlan) target = plan_with_network ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  NvIcalImportResult result;
  GString *many = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
  g_autofree char *many_text = NULL;

  nv_meeting_set_start (NV_MEETING (nv_plan_lookup (source, "m-1")), -1);
  meetings = nv_ical_collect (source, "m-1", NULL, NULL);
  text = nv_ical_export (source, meetings, NV_ICAL_PUBLISH, NULL, -1, NULL);
  g_assert_true (nv_ical_import (target, first_network (target), text, strlen (text), &result, NULL));
  nv_ical_import_result_clear (&result);
  {
    NvMeeting *copy = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_meetings (first_network (target))), 0));

    g_assert_cmpuint (nv_meeting_get_date (copy), ==, nv_meeting_get_date (g_ptr_array_index (meetings, 0)));
    g_assert_cmpint (nv_meeting_get_start (copy), ==, -1);
  }

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (many, "BEGIN:VEVENT\r\nUID:r%u@x\r\nDTSTAMP:20270101T000000Z\r\n"
                                  "DTSTART:20270105T100000Z\r\nSUMMARY:Serie %u\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n", i, i);
  g_string_append (many, "END:VCALENDAR\r\n");
  many_text = g_string_free (many, FALSE);
  g_assert_false (nv_ical_import (target, NULL, many_text, strlen (many_text), &result, &error));
  g_assert_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOTHING);
  g_assert_nonnull (strstr (error->message, "“Serie 0” was skipped: it repeats"));
  g_assert_nonnull (strstr (error->message, "“Serie 9” was skipped"));
  g_assert_null (strstr (error->message, "“Serie 10”"));
  g_assert_nonnull (strstr (error->message, "… and 2 more events were skipped"));
}

static void
test_corpus_file (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "ics", c->file, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(NvPlan) plan = plan_with_network ();
  g_autoptr(GBytes) before = nv_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  NvIcalImportResult result;
  gboolean ok;

  /* The network's making is not what the import may leave undoable */
  nv_history_clear (nv_plan_get_history (plan));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  ok = nv_ical_import (plan, first_network (plan), contents, length, &result, &error);

  if (g_str_equal (c->outcome, "error"))
    {
      g_autoptr(GBytes) after = nv_plan_to_bytes (plan);

      g_assert_false (ok);
      g_assert_nonnull (error);
      if (strstr (error->message, c->text) == NULL)
        g_error ("%s: “%s” does not contain “%s”", c->file, error->message, c->text);
      /* Nothing half-imported */
      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (nv_history_get_can_undo (nv_plan_get_history (plan)));
    }
  else
    {
      guint added, updated, skipped;
      g_autoptr(GString) reasons = g_string_new (NULL);

      if (!ok)
        g_error ("%s: %s", c->file, error->message);
      g_assert_cmpint (sscanf (c->outcome, "ok:%u:%u:%u", &added, &updated, &skipped), ==, 3);
      for (guint i = 0; i < result.skipped->len; i++)
        g_string_append_printf (reasons, "%s\n", (char *) g_ptr_array_index (result.skipped, i));
      if (result.added != added || result.updated != updated || result.skipped->len != skipped)
        g_error ("%s: %u added, %u updated, %u skipped (%s); expected %s", c->file,
                 result.added, result.updated, result.skipped->len, reasons->str, c->outcome);
      if (!g_str_equal (c->text, "-") && strstr (reasons->str, c->text) == NULL)
        g_error ("%s: the reasons “%s” do not contain “%s”", c->file, reasons->str, c->text);

      /* What came in saves to a plan that loads again */
      {
        g_autoptr(GBytes) bytes = nv_plan_to_bytes (plan);
        g_autoptr(NvPlan) reloaded = nv_plan_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
        g_assert_no_error (error);
      }
      nv_ical_import_result_clear (&result);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *manifest = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "ics", "EXPECTED", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical-import/round-trip", test_round_trip);
  g_test_add_func ("/ical-import/attendees", test_attendees);
  g_test_add_func ("/ical-import/new-network", test_new_network);
  g_test_add_func ("/ical-import/times", test_times);
  g_test_add_func ("/ical-import/own-round-trip", test_own_round_trip);
  g_test_add_func ("/ical-import/plan-wide-uids", test_plan_wide_uids);
  g_test_add_func ("/ical-import/all-day-and-reasons", test_all_day_and_reasons);

  g_assert_true (g_file_get_contents (manifest, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      Case *c;
      g_autofree char *test_path = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      columns = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (columns), ==, 3);
      c = g_new0 (Case, 1);
      c->file = g_strdup (columns[0]);
      c->outcome = g_strdup (columns[1]);
      c->text = g_strdup (columns[2]);
      g_ptr_array_add (cases, c);
      test_path = g_strdup_printf ("/ical-import/corpus/%s", c->file);
      g_test_add_data_func (test_path, c, test_corpus_file);
    }

  return g_test_run ();
}
