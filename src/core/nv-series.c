/* nv-series.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-participant.h"
#include "nv-people.h"
#include "nv-person.h"
#include "nv-series.h"

/*
 * What a coordinator looks for before the season starts: a meeting
 * without a date, without a chair or without a minute-taker, one after
 * the network's end, and a person booked into two meetings (of any
 * network in the plan) at the same time. Cancelled meetings need none
 * of this. A network that keeps seed 000's rule (each local group sends
 * two, ideally one volunteer and one coordinator) also has its members
 * checked against it.
 */

/**
 * nv_series_problem_free:
 *
 * Frees a problem of nv_series_problems(), taken from its array.
 */
void
nv_series_problem_free (gpointer data)
{
  NvSeriesProblem *problem = data;

  g_clear_object (&problem->meeting);
  g_clear_object (&problem->member);
  g_free (problem->message);
  g_free (problem);
}

G_GNUC_PRINTF (3, 4)
static void
add_problem (GPtrArray  *problems,
             NvMeeting  *meeting,
             const char *format,
             ...)
{
  NvSeriesProblem *problem = g_new0 (NvSeriesProblem, 1);
  va_list args;

  va_start (args, format);
  problem->meeting = g_object_ref (meeting);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, problem);
}


/* Everyone the meeting books: its roles and its participants */
static GHashTable *
people_in (NvMeeting *meeting)
{
  GHashTable *people = g_hash_table_new (g_str_hash, g_str_equal);
  const char *roles[] = {
    nv_meeting_get_chair (meeting), nv_meeting_get_minute_taker (meeting),
    nv_meeting_get_host (meeting), nv_meeting_get_boundary_keeper (meeting),
  };
  const char * const *leads = nv_meeting_get_theme_leads (meeting);
  GListModel *participants = nv_meeting_get_participants (meeting);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] != NULL)
      g_hash_table_add (people, (gpointer) roles[i]);
  for (guint i = 0; leads != NULL && leads[i] != NULL; i++)
    g_hash_table_add (people, (gpointer) leads[i]);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));

      if (nv_participant_get_person (participant) != NULL)
        g_hash_table_add (people, (gpointer) nv_participant_get_person (participant));
    }

  return people;
}

static gboolean
is_booked (NvMeeting *meeting)
{
  return nv_meeting_get_status (meeting) != NV_MEETING_STATUS_CANCELLED;
}

/* Whether two dated, timed meetings overlap; a meeting without a
 * length takes its start minute */
static gboolean
overlap (NvMeeting *a,
         NvMeeting *b)
{
  int a_start = nv_meeting_get_start (a), b_start = nv_meeting_get_start (b);

  if (nv_meeting_get_date (a) == 0 || nv_meeting_get_date (a) != nv_meeting_get_date (b) ||
      a_start < 0 || b_start < 0)
    return FALSE;

  return a_start < b_start + MAX (1, nv_meeting_get_duration (b)) &&
         b_start < a_start + MAX (1, nv_meeting_get_duration (a));
}

static void
find_clashes (GPtrArray *problems,
              NvPlan    *plan,
              NvMeeting *meeting)
{
  g_autoptr(GHashTable) people = people_in (meeting);
  GListModel *networks = nv_plan_get_networks (plan);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (networks), i));
      GListModel *meetings = nv_network_get_meetings (network);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          NvMeeting *other = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), j));
          g_autoptr(GHashTable) other_people = NULL;
          GHashTableIter iter;
          const char *person_id;

          if (other == meeting || !is_booked (other) || !overlap (meeting, other))
            continue;

          other_people = people_in (other);
          g_hash_table_iter_init (&iter, people);
          while (g_hash_table_iter_next (&iter, (gpointer *) &person_id, NULL))
            if (g_hash_table_contains (other_people, person_id))
              {
                NvRecord *person = nv_plan_lookup (plan, person_id);
                const char *name = NV_IS_PERSON (person) && nv_person_get_name (NV_PERSON (person))
                                     ? nv_person_get_name (NV_PERSON (person)) : _("Unnamed person");

                /* Translators: "Karen Holm is also in “Styregruppe” at the same time" */
                add_problem (problems, meeting, _("%s is also in “%s” at the same time"), name, nv_meeting_get_name (other));
              }
        }
    }
}

G_GNUC_PRINTF (3, 4)
static void
add_member_problem (GPtrArray  *problems,
                    NvMember   *member,
                    const char *format,
                    ...)
{
  NvSeriesProblem *problem = g_new0 (NvSeriesProblem, 1);
  va_list args;

  va_start (args, format);
  problem->member = g_object_ref (member);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, problem);
}

typedef struct
{
  const char *name;     /* as its first member has it */
  GPtrArray  *members;  /* NvMember */
} LocalGroup;

static void
local_group_free (gpointer data)
{
  LocalGroup *group = data;

  g_ptr_array_unref (group->members);
  g_free (group);
}

static void
check_local_group (GPtrArray  *problems,
                   LocalGroup *group)
{
  NvMember *first = g_ptr_array_index (group->members, 0);
  guint volunteers = 0, coordinators = 0;

  if (group->members->len != 2)
    {
      /* Translators: seed 000's rule; "Local group “Gellerup” sends 3 people, not two" */
      add_member_problem (problems, first,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Local group “%s” sends %u person, not two",
                                       "Local group “%s” sends %u people, not two",
                                       group->members->len),
                          group->name, group->members->len);
      return;
    }

  for (guint i = 0; i < group->members->len; i++)
    {
      NvLocalRole role = nv_member_get_local_role (g_ptr_array_index (group->members, i));

      volunteers += role == NV_LOCAL_ROLE_VOLUNTEER;
      coordinators += role == NV_LOCAL_ROLE_COORDINATOR;
    }

  if (volunteers == 1 && coordinators == 1)
    return;
  if (volunteers == 2)
    add_member_problem (problems, first, _("Local group “%s” sends two volunteers and no coordinator"), group->name);
  else if (coordinators == 2)
    add_member_problem (problems, first, _("Local group “%s” sends two coordinators and no volunteer"), group->name);
  else
    add_member_problem (problems, first,
                        _("Local group “%s”: mark one member as the volunteer and one as the coordinator"),
                        group->name);
}

/**
 * nv_series_local_group_problems:
 *
 * Seed 000's rule: "it is best if two from each group take part every
 * time: preferably both a volunteer and a coordinator or chair". Local
 * groups are told apart regardless of case and extra spaces.
 *
 * Returns: (transfer container) (element-type NvSeriesProblem): the
 * local groups of @network's members that send fewer or more than two,
 * or two without one volunteer and one coordinator, in the order they
 * first appear; then the members without a local group. Each problem's
 * member is the (first) member it is about.
 */
GPtrArray *
nv_series_local_group_problems (NvPlan    *plan,
                                NvNetwork *network)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (nv_series_problem_free);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (local_group_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) without = g_ptr_array_new ();
  GListModel *members = nv_network_get_members (network);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      NvMember *member = NV_MEMBER (nv_record_list_peek (NV_RECORD_LIST (members), i));
      char *key = nv_people_fold (nv_member_get_local_group (member));
      LocalGroup *group;

      if (key[0] == '\0')
        {
          g_ptr_array_add (without, member);
          g_free (key);
          continue;
        }

      group = g_hash_table_lookup (by_name, key);
      if (group == NULL)
        {
          group = g_new0 (LocalGroup, 1);
          group->name = nv_member_get_local_group (member);
          group->members = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
          g_hash_table_insert (by_name, key, group);
        }
      else
        g_free (key);
      g_ptr_array_add (group->members, member);
    }

  for (guint i = 0; i < groups->len; i++)
    check_local_group (problems, g_ptr_array_index (groups, i));

  for (guint i = 0; i < without->len; i++)
    {
      NvMember *member = g_ptr_array_index (without, i);
      const char *name = nv_plan_person_name (plan, nv_member_get_person (member));

      /* Translators: seed 000's rule; "Karen Holm belongs to no local group" */
      add_member_problem (problems, member, _("%s belongs to no local group"),
                          name != NULL ? name : _("Unnamed person"));
    }

  return problems;
}

/**
 * nv_series_problems:
 *
 * Returns: (transfer container) (element-type NvSeriesProblem): what is
 * missing or clashes in @network's meetings, meeting by meeting; then,
 * if the network keeps the rule, what nv_series_local_group_problems()
 * finds
 */
GPtrArray *
nv_series_problems (NvPlan    *plan,
                    NvNetwork *network)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (nv_series_problem_free);
  GListModel *meetings = nv_network_get_meetings (network);
  guint end_date = nv_network_get_end_date (network);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
      const char *name = nv_meeting_get_name (meeting);

      if (!is_booked (meeting))
        continue;

      if (nv_meeting_get_date (meeting) == 0)
        add_problem (problems, meeting, _("“%s” has no date"), name);
      else if (end_date != 0 && nv_meeting_get_date (meeting) > end_date)
        add_problem (problems, meeting, _("“%s” is after the network’s end date"), name);
      if (nv_meeting_get_chair (meeting) == NULL)
        add_problem (problems, meeting, _("“%s” has no chair"), name);
      if (nv_meeting_get_minute_taker (meeting) == NULL)
        add_problem (problems, meeting, _("“%s” has no minute-taker"), name);
      find_clashes (problems, plan, meeting);
    }

  if (nv_network_get_two_per_local_group (network))
    g_ptr_array_extend_and_steal (problems, nv_series_local_group_problems (plan, network));

  return problems;
}

/**
 * nv_series_summary:
 * @today: the julian day to count from
 *
 * Returns: (transfer full): where the series stands, for the top of a
 * network's overview: "3 planned, 1 held · Next: Tuesday 2 March 2027
 * at 18.00 · Ends Wednesday 30 June 2027"
 */
char *
nv_series_summary (NvNetwork *network,
                   guint      today)
{
  GListModel *meetings = nv_network_get_meetings (network);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  NvMeeting *next = NULL;
  guint planned = 0, held = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
      guint date = nv_meeting_get_date (meeting);

      if (nv_meeting_get_status (meeting) == NV_MEETING_STATUS_CANCELLED)
        continue;
      if (nv_meeting_get_status (meeting) == NV_MEETING_STATUS_HELD)
        {
          held++;
          continue;
        }
      planned++;
      if (date >= today && (next == NULL || date < nv_meeting_get_date (next)))
        next = meeting;
    }

  /* Translators: the start of a network's summary: "3 planned, 1 held" */
  g_ptr_array_add (parts, g_strdup_printf (_("%u planned, %u held"), planned, held));
  if (next != NULL)
    {
      g_autofree char *when = nv_format_when (nv_meeting_get_date (next), nv_meeting_get_start (next));

      /* Translators: "Next: tirsdag d. 2. marts 2027 kl. 18.00" */
      g_ptr_array_add (parts, g_strdup_printf (_("Next: %s"), when));
    }
  if (nv_network_get_end_date (network) != 0)
    {
      g_autofree char *end = nv_format_date_long (nv_network_get_end_date (network));

      /* Translators: "Ends tirsdag d. 30. juni 2027" */
      g_ptr_array_add (parts, g_strdup_printf (_("Ends %s"), end));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}
