/* test-model.c: the records of a plan
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-agenda-item.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-plan.h"
#include "nv-util.h"
#include "nv-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();

  g_assert_null (nv_record_get_id (NV_RECORD (meeting)));
  g_assert_null (nv_meeting_get_title (meeting));
  g_assert_cmpint (nv_meeting_get_start (meeting), ==, -1);
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, -1);
  g_assert_cmpuint (nv_meeting_get_date (meeting), ==, 0);
  g_assert_cmpint (nv_meeting_get_kind (meeting), ==, NV_MEETING_KIND_REGULAR);
  g_assert_cmpint (nv_meeting_get_status (meeting), ==, NV_MEETING_STATUS_PLANNED);
  g_assert_nonnull (nv_meeting_get_invitation (meeting));
  g_assert_nonnull (nv_meeting_get_minutes (meeting));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (meeting)), ==, 0);
  g_assert_true (g_list_model_get_item_type (nv_meeting_get_agenda (meeting)) == NV_TYPE_AGENDA_ITEM);
  g_assert_cmpint (nv_network_get_group_size (network), ==, NV_DEFAULT_GROUP_SIZE);
  g_assert_cmpint (nv_network_get_latest_end (network), ==, -1);
}

/* Setters notify once per real change, and never for the same value */
static void
test_notify_only_on_change (void)
{
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  const char *leads[] = { "p-1", "p-2", NULL };
  guint count = 0;

  g_signal_connect (meeting, "notify", G_CALLBACK (count_notify), &count);

  nv_meeting_set_title (meeting, "Netværksmøde 1");
  nv_meeting_set_title (meeting, "Netværksmøde 1");
  g_assert_cmpuint (count, ==, 1);

  /* Empty text is no text */
  nv_meeting_set_location (meeting, "");
  g_assert_cmpuint (count, ==, 1);
  g_assert_null (nv_meeting_get_location (meeting));

  nv_meeting_set_start (meeting, 15 * 60);
  nv_meeting_set_start (meeting, 15 * 60);
  nv_meeting_set_kind (meeting, NV_MEETING_KIND_CLOSING);
  nv_meeting_set_kind (meeting, NV_MEETING_KIND_CLOSING);
  nv_meeting_set_theme_leads (meeting, leads);
  nv_meeting_set_theme_leads (meeting, leads);
  g_assert_cmpuint (count, ==, 4);

  nv_meeting_set_theme_leads (meeting, (const char *[]) { NULL });
  g_assert_null (nv_meeting_get_theme_leads (meeting));
  g_assert_cmpuint (count, ==, 5);
}

/* The generic GObject properties reach the same fields as the accessors */
static void
test_properties (void)
{
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autofree char *title = NULL;
  g_auto(GStrv) leads = NULL;
  NvMeetingStatus status;
  guint date;
  int start;

  g_object_set (meeting,
                "title", "Afsluttende møde",
                "status", NV_MEETING_STATUS_HELD,
                "date", nv_date_from_ymd (2015, 4, 21),
                "start", 15 * 60,
                "theme-leads", (const char *[]) { "p-a", NULL },
                NULL);
  g_object_get (meeting,
                "title", &title,
                "status", &status,
                "date", &date,
                "start", &start,
                "theme-leads", &leads,
                NULL);

  g_assert_cmpstr (title, ==, "Afsluttende møde");
  g_assert_cmpint (status, ==, NV_MEETING_STATUS_HELD);
  g_assert_cmpuint (date, ==, nv_date_from_ymd (2015, 4, 21));
  g_assert_cmpint (start, ==, 900);
  g_assert_cmpstr (leads[0], ==, "p-a");
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, "Afsluttende møde");
}

static NvMeeting *
make_meeting (void)
{
  NvMeeting *meeting = nv_meeting_new ();
  g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();

  g_free (nv_record_make_id (NV_RECORD (meeting)));
  g_free (nv_record_make_id (NV_RECORD (item)));
  nv_meeting_set_title (meeting, "Første møde");
  nv_agenda_item_set_title (item, "Velkommen");
  nv_agenda_item_set_duration (item, 15);
  nv_agenda_item_set_lead (item, NV_LEAD_CHAIR);
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (item));
  return meeting;
}

/* A copy is equal and deep: changing it leaves the original alone */
static void
test_copy_and_equal (void)
{
  g_autoptr(NvMeeting) meeting = make_meeting ();
  g_autoptr(NvMeeting) copy = NV_MEETING (nv_record_copy (NV_RECORD (meeting)));
  g_autoptr(NvAgendaItem) copied_item = NULL;
  g_autoptr(NvAgendaItem) item = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();

  g_assert_true (nv_record_equal (NV_RECORD (meeting), NV_RECORD (copy)));
  g_assert_cmpstr (nv_record_get_id (NV_RECORD (meeting)), ==, nv_record_get_id (NV_RECORD (copy)));

  copied_item = g_list_model_get_item (nv_meeting_get_agenda (copy), 0);
  item = g_list_model_get_item (nv_meeting_get_agenda (meeting), 0);
  g_assert_true (copied_item != item);
  nv_agenda_item_set_duration (copied_item, 20);
  g_assert_cmpint (nv_agenda_item_get_duration (item), ==, 15);
  g_assert_false (nv_record_equal (NV_RECORD (meeting), NV_RECORD (copy)));

  nv_agenda_item_set_duration (copied_item, 15);
  g_assert_true (nv_record_equal (NV_RECORD (meeting), NV_RECORD (copy)));

  /* Unknown members count too */
  json_object_set_string_member (extra, "colour", "blue");
  nv_record_set_extra (NV_RECORD (copy), extra);
  g_assert_false (nv_record_equal (NV_RECORD (meeting), NV_RECORD (copy)));

  nv_invitation_set_reply_by (nv_meeting_get_invitation (meeting), 1);
  g_assert_false (nv_record_equal (NV_RECORD (meeting), NV_RECORD (copy)));
}

static void
test_ids (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < 10000; i++)
    {
      g_autoptr(NvPerson) person = nv_person_new ();
      char *id = nv_record_make_id (NV_RECORD (person));

      g_assert_true (g_str_has_prefix (id, "p-"));
      g_assert_cmpuint (strlen (id), ==, 14);
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, id);
    }
}

/* A record added without an id gets one, so the file it is saved in
 * loads again: a reference to it has something to name */
static void
test_insert_gives_id (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autoptr(NvPerson) person = nv_person_new ();
  g_autoptr(NvParticipant) participant = nv_participant_new ();
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data;

  nv_person_set_name (person, "Helle H.");
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));
  g_assert_true (g_str_has_prefix (nv_record_get_id (NV_RECORD (person)), "p-"));

  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
  nv_participant_set_person (participant, nv_record_get_id (NV_RECORD (person)));
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
  g_assert_nonnull (nv_record_get_id (NV_RECORD (network)));
  g_assert_nonnull (nv_record_get_id (NV_RECORD (meeting)));

  /* An id given before is kept */
  g_assert_true (nv_plan_lookup (plan, nv_record_get_id (NV_RECORD (person))) == NV_RECORD (person));

  bytes = nv_plan_to_bytes (plan);
  data = g_bytes_get_data (bytes, &length);
  reloaded = nv_plan_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));
}

static void
test_lookup (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = make_meeting ();
  g_autoptr(NvAgendaItem) item = g_list_model_get_item (nv_meeting_get_agenda (meeting), 0);
  g_autoptr(NvPerson) person = nv_person_new ();

  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));
  nv_record_set_id (NV_RECORD (person), "p-helle");
  nv_person_set_name (person, "Helle H.");

  g_assert_true (nv_plan_lookup (plan, nv_record_get_id (NV_RECORD (item))) == NV_RECORD (item));
  g_assert_true (nv_plan_lookup (plan, "p-helle") == NV_RECORD (person));
  g_assert_null (nv_plan_lookup (plan, "p-nobody"));
  g_assert_cmpstr (nv_plan_person_name (plan, "p-helle"), ==, "Helle H.");
  g_assert_null (nv_plan_person_name (plan, nv_record_get_id (NV_RECORD (item))));
  g_assert_cmpuint (nv_plan_count_meetings (plan), ==, 1);
}

static void
test_dates (void)
{
  static const struct { const char *text; gboolean valid; } cases[] = {
    { "2027-03-02", TRUE }, { "2028-02-29", TRUE }, { "0001-01-01", TRUE }, { "9999-12-31", TRUE },
    { "2027-02-29", FALSE }, { "2027-02-30", FALSE }, { "2027-13-01", FALSE }, { "2027-00-10", FALSE },
    { "2027-1-01", FALSE }, { "21-04-2015", FALSE }, { "2027-03-02T10:00", FALSE }, { "", FALSE },
    { "0000-01-01", FALSE }, { "abcd-ef-gh", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint julian = 0;
      gboolean valid = nv_date_parse_iso (cases[i].text, &julian);

      g_assert_cmpint (valid, ==, cases[i].valid);
      if (valid)
        {
          g_autofree char *back = nv_date_to_iso (julian);
          g_assert_cmpstr (back, ==, cases[i].text);
        }
    }
}

static void
test_times (void)
{
  static const struct { const char *text; int minutes; } cases[] = {
    { "00:00", 0 }, { "09:05", 545 }, { "15:00", 900 }, { "23:59", 1439 },
    { "24:00", -1 }, { "9:00", -1 }, { "12:60", -1 }, { "12.00", -1 }, { "1200", -1 }, { "", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int minutes = -1;
      gboolean valid = nv_time_parse (cases[i].text, &minutes);

      g_assert_cmpint (valid, ==, cases[i].minutes >= 0);
      if (valid)
        {
          g_autofree char *back = nv_time_to_string (minutes);

          g_assert_cmpint (minutes, ==, cases[i].minutes);
          g_assert_cmpstr (back, ==, cases[i].text);
        }
    }
}

/* nv_plan_lookup() keeps a table of ids: it follows every change, undo
 * and redo included, and never returns a record that left the plan */
static void
test_lookup_follows_changes (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = make_meeting ();
  g_autoptr(NvAgendaItem) item = g_list_model_get_item (nv_meeting_get_agenda (meeting), 0);
  g_autoptr(NvPerson) person = nv_person_new ();
  NvRecordList *people = NV_RECORD_LIST (nv_plan_get_people (plan));
  NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  NvHistory *history = nv_plan_get_history (plan);
  g_autofree char *item_id = g_strdup (nv_record_get_id (NV_RECORD (item)));

  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  nv_record_set_id (NV_RECORD (person), "p-helle");
  g_assert_null (nv_plan_lookup (plan, "p-helle"));

  /* Added after the table was made */
  nv_record_list_append (people, NV_RECORD (person));
  g_assert_true (nv_plan_lookup (plan, "p-helle") == NV_RECORD (person));
  nv_record_list_append (meetings, NV_RECORD (meeting));
  g_assert_true (nv_plan_lookup (plan, item_id) == NV_RECORD (item));

  /* Another id */
  nv_record_set_id (NV_RECORD (person), "p-helle-h");
  g_assert_null (nv_plan_lookup (plan, "p-helle"));
  g_assert_true (nv_plan_lookup (plan, "p-helle-h") == NV_RECORD (person));
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_plan_lookup (plan, "p-helle") == NV_RECORD (person));
  g_assert_null (nv_plan_lookup (plan, "p-helle-h"));

  /* Removed, with what is inside it; and back */
  nv_record_list_remove (meetings, 0);
  g_assert_null (nv_plan_lookup (plan, item_id));
  nv_record_list_remove (people, 0);
  g_assert_null (nv_plan_lookup (plan, "p-helle"));
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_plan_lookup (plan, "p-helle") == NV_RECORD (person));
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_plan_lookup (plan, item_id) == NV_RECORD (item));
  g_assert_true (nv_history_redo (history));
  g_assert_null (nv_plan_lookup (plan, item_id));

  /* Inside a record that is in the plan already */
  {
    g_autoptr(NvAgendaItem) added = nv_agenda_item_new ();

    g_assert_true (nv_history_undo (history));
    nv_record_set_id (NV_RECORD (added), "a-added");
    g_assert_null (nv_plan_lookup (plan, "a-added"));
    nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), NV_RECORD (added));
    g_assert_true (nv_plan_lookup (plan, "a-added") == NV_RECORD (added));
  }
}

/* What nv_record_append_field_lines() must write: GLib's own text for
 * each value, which calendar digests were made of before */
static char *
field_lines_by_gvalue (NvRecord *record)
{
  GPtrArray *fields = nv_record_get_fields (record);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      text = g_strdup_value_contents (&value);
      g_string_append_printf (out, "%s=%s\n", pspec->name, text);
    }

  return g_string_free (out, FALSE);
}

static gboolean
check_field_lines (NvRecord *record,
                   gpointer  user_data)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *expected = field_lines_by_gvalue (record);

  nv_record_append_field_lines (record, NULL, lines);
  g_assert_cmpstr (lines->str, ==, expected);
  (*(guint *) user_data)++;
  return TRUE;
}

static void
test_field_lines (void)
{
  static const char * const samples[] = {
    "bydelsmoedre.netvaerk", "familieplejere.netvaerk", "social-kapital.netvaerk",
    "netvaerksforloeb.netvaerk", "chefforum.netvaerk",
  };
  static const char * const attachments[] = { "bilag \"1\".pdf", "https://example.com/æ?a=1\\2", NULL };
  g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(NvPlan) plan = nv_test_load_sample (samples[i]);

      nv_record_walk (NV_RECORD (plan), check_field_lines, &checked);
    }
  g_assert_cmpuint (checked, >, 100);

  /* Every kind of value an agenda item has, empty and with text that
   * needs escapes */
  check_field_lines (NV_RECORD (item), &checked);
  nv_agenda_item_set_title (item, "Velkomst \"og\" kaffe\tpå\nværelset \\ 100 %");
  nv_agenda_item_set_duration (item, 90);
  nv_agenda_item_set_kind (item, NV_ITEM_KIND_PAUSE);
  nv_agenda_item_set_lead (item, NV_LEAD_OTHER);
  nv_agenda_item_set_lead_text (item, "Lokal TRIO");
  nv_agenda_item_set_attachments (item, attachments);
  nv_agenda_item_set_decision (item, "Godkendt \x01");
  check_field_lines (NV_RECORD (item), &checked);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/field-lines", test_field_lines);
  g_test_add_func ("/model/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/model/properties", test_properties);
  g_test_add_func ("/model/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/model/ids", test_ids);
  g_test_add_func ("/model/insert-gives-id", test_insert_gives_id);
  g_test_add_func ("/model/lookup", test_lookup);
  g_test_add_func ("/model/lookup-follows-changes", test_lookup_follows_changes);
  g_test_add_func ("/model/dates", test_dates);
  g_test_add_func ("/model/times", test_times);

  return g_test_run ();
}
