/* test-series.c: problems across a network's series of meetings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nv-participant.h"
#include "nv-person.h"
#include "nv-series.h"
#include "nv-test-util.h"
#include "nv-util.h"

static NvPerson *
add_person (NvPlan     *plan,
            const char *name)
{
  NvPerson *person = nv_test_append (nv_plan_get_people (plan), nv_person_new ());

  nv_person_set_name (person, name);
  return person;
}

static NvNetwork *
add_network (NvPlan *plan)
{
  return nv_test_append (nv_plan_get_networks (plan), nv_network_new ());
}

static NvMeeting *
add_meeting (NvNetwork  *network,
             const char *title,
             guint       date,
             int         start,
             int         duration)
{
  NvMeeting *meeting = nv_test_append (nv_network_get_meetings (network), nv_meeting_new ());

  nv_meeting_set_title (meeting, title);
  nv_meeting_set_date (meeting, date);
  nv_meeting_set_start (meeting, start);
  nv_meeting_set_duration (meeting, duration);
  return meeting;
}

static void
add_participant (NvMeeting *meeting,
                 NvPerson  *person)
{
  g_autoptr(NvParticipant) participant = nv_participant_new ();

  g_free (nv_record_make_id (NV_RECORD (participant)));
  nv_participant_set_person (participant, nv_record_get_id (NV_RECORD (person)));
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
}

static void
with_roles (NvMeeting *meeting,
            NvPerson  *chair,
            NvPerson  *minute_taker)
{
  nv_meeting_set_chair (meeting, nv_record_get_id (NV_RECORD (chair)));
  nv_meeting_set_minute_taker (meeting, nv_record_get_id (NV_RECORD (minute_taker)));
}

static char *
problems_text (NvPlan    *plan,
               NvNetwork *network)
{
  g_autoptr(GPtrArray) problems = nv_series_problems (plan, network);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      NvSeriesProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s\n", problem->message);
    }

  return g_string_free (text, FALSE);
}

static void
test_problems (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *karen = add_person (plan, "Karen Holm");
  NvPerson *jens = add_person (plan, "Jens Jensen");
  NvPerson *ida = add_person (plan, "Ida Berg");
  NvNetwork *network = add_network (plan);
  NvNetwork *other_network = add_network (plan);
  NvMeeting *first = add_meeting (network, "Netværksmøde 1", nv_date_from_ymd (2027, 3, 2), 15 * 60, 150);
  NvMeeting *undated = add_meeting (network, "Netværksmøde 2", 0, -1, 0);
  NvMeeting *late = add_meeting (network, "Netværksmøde 3", nv_date_from_ymd (2027, 7, 6), 15 * 60, 150);
  NvMeeting *cancelled = add_meeting (network, "Aflyst møde", 0, -1, 0);
  NvMeeting *other = add_meeting (other_network, "Styregruppe", nv_date_from_ymd (2027, 3, 2), 17 * 60, 60);
  g_autofree char *text = NULL;
  g_autofree char *text_after_move = NULL;
  g_autofree char *text_after_cancel = NULL;

  nv_network_set_end_date (network, nv_date_from_ymd (2027, 6, 30));
  with_roles (first, karen, jens);
  with_roles (late, karen, jens);
  nv_meeting_set_status (cancelled, NV_MEETING_STATUS_CANCELLED);
  add_participant (first, ida);
  add_participant (other, ida);
  (void) undated;

  text = problems_text (plan, network);
  g_assert_cmpstr (text, ==,
                   "Ida Berg is also in “Styregruppe” at the same time\n"
                   "“Netværksmøde 2” has no date\n"
                   "“Netværksmøde 2” has no chair\n"
                   "“Netværksmøde 2” has no minute-taker\n"
                   "“Netværksmøde 3” is after the network’s end date\n");

  /* Right after the meeting is not at the same time */
  nv_meeting_set_start (other, 17 * 60 + 30);
  text_after_move = problems_text (plan, network);
  g_assert_null (strstr (text_after_move, "Ida Berg"));

  /* Nor is a cancelled meeting */
  nv_meeting_set_start (other, 16 * 60);
  nv_meeting_set_status (other, NV_MEETING_STATUS_CANCELLED);
  text_after_cancel = problems_text (plan, network);
  g_assert_null (strstr (text_after_cancel, "Ida Berg"));
}

static void
test_summary (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvNetwork *network = add_network (plan);
  NvMeeting *held = add_meeting (network, "1", nv_date_from_ymd (2027, 1, 5), 18 * 60, 180);
  NvMeeting *cancelled = add_meeting (network, "2", nv_date_from_ymd (2027, 2, 2), 18 * 60, 180);
  g_autofree char *summary = NULL;
  g_autofree char *empty = NULL;

  add_meeting (network, "4", nv_date_from_ymd (2027, 4, 13), 18 * 60, 180);
  add_meeting (network, "3", nv_date_from_ymd (2027, 3, 2), 18 * 60, 180);
  add_meeting (network, "0", 0, -1, 0);
  nv_meeting_set_status (held, NV_MEETING_STATUS_HELD);
  nv_meeting_set_status (cancelled, NV_MEETING_STATUS_CANCELLED);
  nv_network_set_end_date (network, nv_date_from_ymd (2027, 6, 30));

  summary = nv_series_summary (network, nv_date_from_ymd (2027, 1, 20));
  g_assert_cmpstr (summary, ==, "3 planned, 1 held · Next: Tuesday 2 March 2027 at 18:00 · Ends Wednesday 30 June 2027");

  empty = nv_series_summary (add_network (plan), nv_date_from_ymd (2027, 1, 20));
  g_assert_cmpstr (empty, ==, "0 planned, 0 held");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/problems", test_problems);
  g_test_add_func ("/series/summary", test_summary);

  return g_test_run ();
}
