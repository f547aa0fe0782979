/* test-referat.c: attendance, action items, the approved lock and the
 * next meeting
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-plan-file.h"
#include "nv-referat.h"
#include "nv-record-list.h"
#include "nv-test-util.h"
#include "nv-util.h"

static NvMeeting *
meeting (NvPlan     *plan,
         const char *id)
{
  NvRecord *record = nv_plan_lookup (plan, id);

  g_assert_true (NV_IS_MEETING (record));
  return NV_MEETING (record);
}

static NvParticipant *
participant (NvMeeting *meeting,
             guint      position)
{
  return NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), position));
}

static NvAgendaItem *
agenda_item (NvMeeting *meeting,
             guint      position)
{
  return NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), position));
}

static void
assert_counts (NvMeeting *meeting,
               guint      present,
               guint      regrets,
               guint      absent,
               guint      unknown)
{
  NvAttendanceCounts counts;

  nv_meeting_count_attendance (meeting, &counts);
  g_assert_cmpuint (counts.present, ==, present);
  g_assert_cmpuint (counts.regrets, ==, regrets);
  g_assert_cmpuint (counts.absent, ==, absent);
  g_assert_cmpuint (counts.unknown, ==, unknown);
}

/* Counts, the prefill from the replies as one undo step, and the words */
static void
test_attendance_counts (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvPlan) chefforum = nv_test_load_sample ("chefforum.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *first = meeting (plan, "m-1");
  NvAttendanceCounts counts;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;

  /* Seed 004's sample: recorded already */
  assert_counts (meeting (chefforum, "m-cf-2015-04-21"), 4, 1, 0, 0);

  /* Seed 001's first meeting: 8 accepted, 1 declined, 1 did not answer */
  assert_counts (first, 0, 0, 0, 10);
  g_assert_false (nv_meeting_attendance_recorded (first));
  nv_meeting_count_attendance (first, &counts);
  none = nv_attendance_format_counts (&counts);
  g_assert_null (none);

  g_assert_cmpuint (nv_meeting_prefill_attendance (first), ==, 9);
  assert_counts (first, 8, 1, 0, 1);
  g_assert_true (nv_meeting_attendance_recorded (first));

  /* One came who said no; one stayed away without a word */
  nv_participant_set_attendance (participant (first, 7), NV_ATTENDANCE_PRESENT);
  nv_participant_set_attendance (participant (first, 8), NV_ATTENDANCE_ABSENT);
  assert_counts (first, 9, 0, 1, 0);
  nv_meeting_count_attendance (first, &counts);
  text = nv_attendance_format_counts (&counts);
  g_assert_cmpstr (text, ==, "9 present, 1 absent");

  /* A second prefill leaves what was recorded alone */
  g_assert_cmpuint (nv_meeting_prefill_attendance (first), ==, 0);
  assert_counts (first, 9, 0, 1, 0);

  /* Undo: the two changes, then the prefill in one step */
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_history_undo (history));
  assert_counts (first, 8, 1, 0, 1);
  g_assert_true (nv_history_undo (history));
  assert_counts (first, 0, 0, 0, 10);
  g_assert_true (nv_history_redo (history));
  assert_counts (first, 8, 1, 0, 1);
}

/* Each member's attendance over the series (mødepligt) */
static void
test_network_attendance (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  NvMeeting *first = meeting (plan, "m-1"), *second = meeting (plan, "m-2");
  g_autoptr(GArray) before = nv_network_attendance (network);
  g_autoptr(GArray) after = NULL;
  const char *karen = nv_participant_get_person (participant (first, 0));
  gboolean found = FALSE;

  g_assert_cmpuint (before->len, ==, g_list_model_get_n_items (nv_network_get_members (network)));
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpuint (g_array_index (before, NvMemberAttendance, i).meetings, ==, 0);

  nv_meeting_prefill_attendance (first);
  for (guint i = 0; i < g_list_model_get_n_items (nv_meeting_get_participants (second)); i++)
    {
      NvParticipant *p = participant (second, i);

      nv_participant_set_attendance (p, g_strcmp0 (nv_participant_get_person (p), karen) == 0
                                        ? NV_ATTENDANCE_REGRETS : NV_ATTENDANCE_PRESENT);
    }

  after = nv_network_attendance (network);
  for (guint i = 0; i < after->len; i++)
    {
      NvMemberAttendance *row = &g_array_index (after, NvMemberAttendance, i);

      if (g_strcmp0 (row->person, karen) != 0)
        continue;
      found = TRUE;
      g_assert_cmpuint (row->present, ==, 1);
      g_assert_cmpuint (row->regrets, ==, 1);
      g_assert_cmpuint (row->absent, ==, 0);
      g_assert_cmpuint (row->meetings, ==, 2);
    }
  g_assert_true (found);
}

/* An action item agreed at one meeting is followed up at the next ones
 * until it is done; the network lists every open one */
static void
test_action_carry_over (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *m1 = meeting (plan, "m-1"), *m2 = meeting (plan, "m-2"), *m3 = meeting (plan, "m-3");
  NvNetwork *network = NV_NETWORK (nv_record_get_parent (NV_RECORD (m1)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) at_first = NULL, at_second = NULL, at_third = NULL, open = NULL, later = NULL;
  NvActionItem *action, *second_action;
  NvActionItem *booking = NV_ACTION_ITEM (nv_plan_lookup (plan, "ac-1-2"));

  /* The sample's own: two from the first meeting, one from the second */
  at_second = nv_meeting_open_actions_before (m2);
  g_assert_cmpuint (at_second->len, ==, 2);
  g_assert_true (g_ptr_array_index (at_second, 1) == booking);
  g_clear_pointer (&at_second, g_ptr_array_unref);

  action = nv_meeting_add_action (m1, agenda_item (m1, 0), "Spørg kommunen om tal", &error);
  g_assert_no_error (error);
  g_assert_nonnull (nv_record_get_id (NV_RECORD (action)));
  g_assert_cmpstr (nv_action_item_get_agenda_item (action), ==, nv_record_get_id (NV_RECORD (agenda_item (m1, 0))));
  g_assert_true (nv_action_item_get_meeting (action) == m1);
  nv_action_item_set_who (action, "p-karen");
  nv_action_item_set_due (action, nv_date_from_ymd (2027, 3, 1));
  second_action = nv_meeting_add_action (m2, NULL, "Lav en opsamling", &error);
  g_assert_no_error (error);

  at_first = nv_meeting_open_actions_before (m1);
  at_second = nv_meeting_open_actions_before (m2);
  at_third = nv_meeting_open_actions_before (m3);
  g_assert_cmpuint (at_first->len, ==, 0);
  g_assert_cmpuint (at_second->len, ==, 3);
  g_assert_true (g_ptr_array_index (at_second, 2) == action);
  g_assert_cmpuint (at_third->len, ==, 5);
  g_assert_true (g_ptr_array_index (at_third, 2) == action);
  g_assert_true (g_ptr_array_index (at_third, 4) == second_action);
  open = nv_network_open_actions (network);
  g_assert_cmpuint (open->len, ==, 5);

  /* Done: no longer carried over */
  nv_action_item_set_done (action, TRUE);
  nv_action_item_set_done (booking, TRUE);
  later = nv_meeting_open_actions_before (m3);
  g_assert_cmpuint (later->len, ==, 3);
  g_assert_false (g_ptr_array_find (later, action, NULL));
  g_assert_false (g_ptr_array_find (later, booking, NULL));
  g_assert_true (g_ptr_array_index (later, 2) == second_action);
  g_clear_pointer (&later, g_ptr_array_unref);

  /* The series' order is the dates', not the list's */
  nv_meeting_set_date (m1, nv_date_from_ymd (2028, 12, 1));
  later = nv_meeting_open_actions_before (m2);
  g_assert_cmpuint (later->len, ==, 0);
  g_clear_pointer (&later, g_ptr_array_unref);

  /* Each addition is one undo step */
  for (guint i = 0; i < 6; i++)
    g_assert_true (nv_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_actions (m2)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_actions (m1)), ==, 3);
  g_assert_true (nv_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_actions (m1)), ==, 2);
}

/* Approved minutes refuse changes until unlocked; undo locks them again */
static void
test_approved_lock (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *first = meeting (plan, "m-1");
  NvAgendaItem *item = agenda_item (first, 0);
  NvMinutes *minutes = nv_meeting_get_minutes (first);
  g_autoptr(GError) error = NULL;
  guint today = nv_date_from_ymd (2027, 1, 27);

  g_assert_false (nv_minutes_is_locked (first));
  g_assert_true (nv_minutes_set_text (item, "decision", "Vi mødes hver anden måned.", &error));
  g_assert_no_error (error);
  g_assert_true (nv_minutes_set_attendance (participant (first, 0), NV_ATTENDANCE_PRESENT, &error));
  g_assert_no_error (error);

  nv_minutes_approve (first, today);
  g_assert_true (nv_minutes_is_locked (first));
  g_assert_cmpint (nv_minutes_get_status (minutes), ==, NV_MINUTES_STATUS_APPROVED);
  g_assert_cmpuint (nv_minutes_get_approved (minutes), ==, today);

  g_assert_false (nv_minutes_set_text (item, "decision", "Noget andet", &error));
  g_assert_error (error, NV_REFERAT_ERROR, NV_REFERAT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Første møde"));
  g_clear_error (&error);
  g_assert_cmpstr (nv_agenda_item_get_decision (item), ==, "Vi mødes hver anden måned.");
  g_assert_false (nv_minutes_set_attendance (participant (first, 0), NV_ATTENDANCE_ABSENT, &error));
  g_assert_error (error, NV_REFERAT_ERROR, NV_REFERAT_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (nv_participant_get_attendance (participant (first, 0)), ==, NV_ATTENDANCE_PRESENT);
  g_assert_null (nv_meeting_add_action (first, item, "Noget", &error));
  g_assert_error (error, NV_REFERAT_ERROR, NV_REFERAT_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpuint (nv_meeting_prefill_attendance (first), ==, 0);
  g_assert_false (nv_minutes_check_editable (NV_RECORD (participant (first, 1)), NULL));
  /* Another meeting's minutes are not locked */
  g_assert_true (nv_minutes_check_editable (NV_RECORD (meeting (plan, "m-2")), NULL));

  /* Sent minutes stay locked */
  nv_minutes_mark_sent (first, today + 1);
  g_assert_true (nv_minutes_is_locked (first));
  g_assert_cmpuint (nv_minutes_get_sent (minutes), ==, today + 1);
  g_assert_cmpuint (nv_minutes_get_approved (minutes), ==, today);

  nv_minutes_unlock (first);
  g_assert_false (nv_minutes_is_locked (first));
  g_assert_cmpuint (nv_minutes_get_approved (minutes), ==, today);
  g_assert_true (nv_minutes_set_text (item, "decision", NULL, &error));
  g_assert_no_error (error);
  g_assert_null (nv_agenda_item_get_decision (item));

  /* Undo the edit and the unlock: locked again, the decision back */
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_minutes_is_locked (first));
  g_assert_cmpstr (nv_agenda_item_get_decision (item), ==, "Vi mødes hver anden måned.");
  /* Undo sending and approving, each one step */
  g_assert_true (nv_history_undo (history));
  g_assert_true (nv_history_undo (history));
  g_assert_false (nv_minutes_is_locked (first));
  g_assert_cmpuint (nv_minutes_get_approved (minutes), ==, 0);
}

/* The next meeting's date, chair and minute-taker: into the next
 * meeting, made when there is none */
static void
test_next_meeting (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("chefforum.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *april = meeting (plan, "m-cf-2015-04-21");
  NvRecordList *meetings = nv_record_get_container (NV_RECORD (april));
  guint may = nv_date_from_ymd (2015, 5, 19);
  NvMeeting *next, *again;

  g_assert_null (nv_meeting_find_next (april));
  next = nv_meeting_set_next (april, may, "p-bo", "p-tom");
  g_assert_nonnull (next);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (meetings)), ==, 2);
  g_assert_true (nv_meeting_find_next (april) == next);
  g_assert_cmpuint (nv_meeting_get_date (next), ==, may);
  g_assert_cmpint (nv_meeting_get_start (next), ==, 15 * 60);
  g_assert_cmpstr (nv_meeting_get_chair (next), ==, "p-bo");
  g_assert_cmpstr (nv_meeting_get_minute_taker (next), ==, "p-tom");
  g_assert_nonnull (nv_record_get_id (NV_RECORD (next)));

  /* Again: the same meeting, changed */
  again = nv_meeting_set_next (april, 0, "p-anne", NULL);
  g_assert_true (again == next);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (meetings)), ==, 2);
  g_assert_cmpuint (nv_meeting_get_date (next), ==, may);
  g_assert_cmpstr (nv_meeting_get_chair (next), ==, "p-anne");
  g_assert_cmpstr (nv_meeting_get_minute_taker (next), ==, "p-tom");

  /* Each is one step */
  g_assert_true (nv_history_undo (history));
  g_assert_cmpstr (nv_meeting_get_chair (next), ==, "p-bo");
  g_assert_true (nv_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (meetings)), ==, 1);
}

/* What the minutes add to a plan is written and read back the same */
static void
test_round_trip (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *first = meeting (plan, "m-1");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(NvPlan) loaded = NULL;
  NvActionItem *action;

  nv_meeting_prefill_attendance (first);
  nv_minutes_set_text (agenda_item (first, 0), "background", "Baggrund", &error);
  nv_minutes_set_text (agenda_item (first, 0), "minutes-notes", "Noter", &error);
  action = nv_meeting_add_action (first, agenda_item (first, 1), "Send referatet", &error);
  g_assert_no_error (error);
  nv_action_item_set_done (action, TRUE);
  nv_minutes_mark_sent (first, nv_date_from_ymd (2027, 1, 28));

  bytes = nv_plan_to_bytes (plan);
  loaded = nv_plan_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (loaded)));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"attendance\": \"regrets\""));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"status\": \"sent\""));
}

/* The minutes as plain text, for an e-mail */
static void
test_text (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("chefforum.netvaerk");
  NvMeeting *april = meeting (plan, "m-cf-2015-04-21");
  g_autofree char *text = NULL;
  const char *expected[] = {
    "Minutes\n", "Chefforum\n", "Tuesday 21 April 2015 at 15:00\n", "Place: 909\n",
    "Chair: Anne K.\n", "Minute-taker: Eva N.\n",
    "Present: Anne K., Bo S., Tom H., Eva N.\n", "Regrets: Lise M.\n",
    "Item 1: CF - Netværkstemaer for Hold 2 på netværkslederuddannelsen\n====",
    "Case no. 14/12993\n", "Attachments: Valgte temaer, Hold 2\n",
    "\nBackground\nPå første undervisningsgang", "\nRecommendation\nNetværksstrukturen indstiller;",
    "\nDecision\nTemaerne blev godkendt.", "Malou Lunderød.\n",
    "\nAction items\n", "[x] Netværkslederne arbejder videre", "(Eva N., by 22 Apr 2015)\n",
    "[ ] Temaet om Morbærhaven", "(Carsten Bluhme)\n",
    "\nNext meeting\n", "Tuesday 19 May 2015 at 15:00\n", "Chair: Bo S.\n", NULL,
  };
  const char *at;

  nv_meeting_set_next (april, nv_date_from_ymd (2015, 5, 19), "p-bo", "p-tom");
  text = nv_referat_to_text (plan, april);
  at = text;
  for (guint i = 0; expected[i] != NULL; i++)
    {
      const char *found = strstr (at, expected[i]);

      if (found == NULL)
        g_error ("“%s” is not in the minutes after what came before it:\n%s", expected[i], text);
      at = found + strlen (expected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  nv_test_use_locale ("C.UTF-8", "en");

  g_test_add_func ("/referat/attendance-counts", test_attendance_counts);
  g_test_add_func ("/referat/network-attendance", test_network_attendance);
  g_test_add_func ("/referat/action-carry-over", test_action_carry_over);
  g_test_add_func ("/referat/approved-lock", test_approved_lock);
  g_test_add_func ("/referat/next-meeting", test_next_meeting);
  g_test_add_func ("/referat/round-trip", test_round_trip);
  g_test_add_func ("/referat/text", test_text);

  return g_test_run ();
}
