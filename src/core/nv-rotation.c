/* nv-rotation.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-member.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-rotation.h"

/*
 * "Rotate roles" (the domain's "roles rotate"): the chair, the
 * minute-taker, the host, the boundary keeper and a theme lead of each
 * meeting go round the network's members. What fair means, most
 * important first:
 *
 *  1. nobody has the same role in two meetings in a row;
 *  2. nobody has two roles in one meeting;
 *  3. everyone has each role about as often as everyone else;
 *  4. everyone has about as many roles in all;
 *  5. the role goes to whoever had it longest ago.
 *
 * Each holds where it can without breaking one above it. Members who
 * declined a meeting, or sent regrets, get no role in it. Cancelled
 * meetings are left out; held meetings, meetings before the chosen day
 * and the roles that are kept are never changed, but they count: who
 * chaired last time, and how often each person has chaired.
 *
 * The roles of one meeting are given together, as an assignment problem
 * (the Hungarian method) whose cost orders the rules above; meetings go
 * in date order. Nothing is random, so the same plan gives the same
 * proposal.
 */

G_DEFINE_QUARK (nv-rotation-error-quark, nv_rotation_error)

typedef struct
{
  guint role[NV_N_ROLES];  /* how often they have each role in the series */
  guint total;             /* how many roles in all */
  int   last[NV_N_ROLES];  /* the step they last had the role in, or -1 */
} Tally;

typedef struct
{
  NvMeeting  *meeting;
  guint       position;              /* in the network's list, for a stable order */
  guint       fill;                  /* NV_ROLE_FLAG()s to give here */
  const char *given[NV_N_ROLES];     /* who got them (the members' strings) */
  guint       unfilled;
} Step;

/* Cost bins, most important first; each has room for the sum over five
 * roles of its clamped values (see role_cost), and the total stays far
 * below G_MAXINT64 for the potentials of the Hungarian method */
#define SHIFT_LAST    0
#define SHIFT_TOTAL   15
#define SHIFT_ROLE    30
#define SHIFT_DOUBLE  43
#define SHIFT_REPEAT  50
#define COST_INFINITY (G_MAXINT64 / 4)

/**
 * nv_role_label:
 *
 * Returns: the role's name, translated
 */
const char *
nv_role_label (NvRole role)
{
  switch (role)
    {
    case NV_ROLE_CHAIR:
      return _("Chair");
    case NV_ROLE_MINUTE_TAKER:
      return _("Minute-taker");
    case NV_ROLE_HOST:
      return _("Host");
    case NV_ROLE_BOUNDARY_KEEPER:
      return _("Boundary keeper");
    case NV_ROLE_THEME_LEAD:
    case NV_N_ROLES:
    default:
      return _("Theme leads");
    }
}

/**
 * nv_role_holders:
 *
 * Returns: (transfer full): the ids of the people who have @role in
 * @meeting, an empty array if nobody has
 */
GStrv
nv_role_holders (NvMeeting *meeting,
                 NvRole     role)
{
  const char *holder = NULL;

  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);

  switch (role)
    {
    case NV_ROLE_CHAIR:
      holder = nv_meeting_get_chair (meeting);
      break;
    case NV_ROLE_MINUTE_TAKER:
      holder = nv_meeting_get_minute_taker (meeting);
      break;
    case NV_ROLE_HOST:
      holder = nv_meeting_get_host (meeting);
      break;
    case NV_ROLE_BOUNDARY_KEEPER:
      holder = nv_meeting_get_boundary_keeper (meeting);
      break;
    case NV_ROLE_THEME_LEAD:
    case NV_N_ROLES:
    default:
      {
        const char * const *leads = nv_meeting_get_theme_leads (meeting);
        const char *none[] = { NULL };

        return g_strdupv ((char **) (leads != NULL ? leads : none));
      }
    }

  if (holder == NULL || *holder == '\0')
    return g_new0 (char *, 1);
  return g_strdupv ((char *[]) { (char *) holder, NULL });
}

static gboolean
step_holds (const Step *step,
            NvRole      role,
            const char *person)
{
  g_auto(GStrv) holders = NULL;

  if (step == NULL)
    return FALSE;
  if (step->fill & NV_ROLE_FLAG (role))
    return g_strcmp0 (step->given[role], person) == 0;

  holders = nv_role_holders (step->meeting, role);
  return g_strv_contains ((const char * const *) holders, person);
}

/* The roles @person keeps in @step's meeting */
static guint
count_kept (const Step *step,
            const char *person)
{
  guint n = 0;

  for (NvRole role = 0; role < NV_N_ROLES; role++)
    if (!(step->fill & NV_ROLE_FLAG (role)) && step_holds (step, role, person))
      n++;
  return n;
}

/* People who said they will not come */
static GHashTable *
away_from (NvMeeting *meeting)
{
  GHashTable *away = g_hash_table_new (g_str_hash, g_str_equal);
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
      const char *person = nv_participant_get_person (participant);

      if (person != NULL &&
          (nv_participant_get_reply (participant) == NV_REPLY_DECLINED ||
           nv_participant_get_attendance (participant) == NV_ATTENDANCE_REGRETS))
        g_hash_table_add (away, (gpointer) person);
    }

  return away;
}

static gboolean
role_is_empty (NvMeeting *meeting,
               NvRole     role)
{
  g_auto(GStrv) holders = nv_role_holders (meeting, role);

  return holders[0] == NULL;
}

static int
compare_steps (gconstpointer a,
               gconstpointer b)
{
  const Step *x = a, *y = b;
  int order = nv_meeting_compare (x->meeting, y->meeting);

  if (order != 0)
    return order;
  return (x->position > y->position) - (x->position < y->position);
}

/*
 * The Hungarian method for a rectangular cost matrix of @n_rows ≤
 * @n_columns (row-major): fills @assignment[row] with the column that
 * makes the sum of the chosen costs smallest, each column used once.
 */
static void
solve_assignment (const gint64 *cost,
                  guint         n_rows,
                  guint         n_columns,
                  guint        *assignment)
{
  g_autofree gint64 *u = g_new0 (gint64, n_rows + 1);
  g_autofree gint64 *v = g_new0 (gint64, n_columns + 1);
  g_autofree gint64 *min_slack = g_new (gint64, n_columns + 1);
  g_autofree guint *row_of = g_new0 (guint, n_columns + 1);   /* 1-based; 0: free */
  g_autofree guint *way = g_new0 (guint, n_columns + 1);
  g_autofree gboolean *used = g_new (gboolean, n_columns + 1);

  g_assert (n_rows <= n_columns);

  for (guint i = 1; i <= n_rows; i++)
    {
      guint j0 = 0;

      row_of[0] = i;
      for (guint j = 0; j <= n_columns; j++)
        {
          min_slack[j] = COST_INFINITY;
          used[j] = FALSE;
        }

      do
        {
          guint i0 = row_of[j0], j1 = 0;
          gint64 delta = COST_INFINITY;

          used[j0] = TRUE;
          for (guint j = 1; j <= n_columns; j++)
            if (!used[j])
              {
                gint64 slack = cost[(i0 - 1) * n_columns + (j - 1)] - u[i0] - v[j];

                if (slack < min_slack[j])
                  {
                    min_slack[j] = slack;
                    way[j] = j0;
                  }
                if (min_slack[j] < delta)
                  {
                    delta = min_slack[j];
                    j1 = j;
                  }
              }

          for (guint j = 0; j <= n_columns; j++)
            if (used[j])
              {
                u[row_of[j]] += delta;
                v[j] -= delta;
              }
            else
              min_slack[j] -= delta;
          j0 = j1;
        }
      while (row_of[j0] != 0);

      do
        {
          guint j1 = way[j0];

          row_of[j0] = row_of[j1];
          j0 = j1;
        }
      while (j0 != 0);
    }

  for (guint j = 1; j <= n_columns; j++)
    if (row_of[j] != 0)
      assignment[row_of[j] - 1] = j - 1;
}

static gint64
clamp_bin (guint value,
           guint bits)
{
  return MIN (value, (1u << bits) - 1);
}

/* The cost of giving @role to @person as their @copy-th role in the
 * meeting of @steps[@k]; the bins hold the sums over five roles */
static gint64
role_cost (const Step *steps,
           guint       n_steps,
           guint       k,
           NvRole      role,
           const char *person,
           const Tally *tally,
           guint       copy)
{
  const Step *previous = k > 0 ? &steps[k - 1] : NULL;
  const Step *next = k + 1 < n_steps ? &steps[k + 1] : NULL;
  gboolean repeat;

  repeat = step_holds (previous, role, person) ||
           (next != NULL && !(next->fill & NV_ROLE_FLAG (role)) && step_holds (next, role, person));

  return ((gint64) repeat << SHIFT_REPEAT) +
         (clamp_bin (count_kept (&steps[k], person) + copy, 4) << SHIFT_DOUBLE) +
         (clamp_bin (tally->role[role], 10) << SHIFT_ROLE) +
         (clamp_bin (tally->total, 12) << SHIFT_TOTAL) +
         (clamp_bin (tally->last[role] + 1, 12) << SHIFT_LAST);
}

static void
count_role (Tally *tally,
            NvRole role,
            int    step)
{
  tally->role[role]++;
  tally->total++;
  tally->last[role] = MAX (tally->last[role], step);
}

/* Gives the roles of @steps[@k] to @members who can come */
static void
fill_step (Step        *steps,
           guint        n_steps,
           guint        k,
           GPtrArray   *members,
           GHashTable  *tallies)
{
  Step *step = &steps[k];
  g_autoptr(GHashTable) away = away_from (step->meeting);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  NvRole roles[NV_N_ROLES];
  guint n_roles = 0, n_columns;
  g_autofree gint64 *cost = NULL;
  guint assignment[NV_N_ROLES];

  for (NvRole role = 0; role < NV_N_ROLES; role++)
    if (step->fill & NV_ROLE_FLAG (role))
      roles[n_roles++] = role;
  for (guint i = 0; i < members->len; i++)
    if (!g_hash_table_contains (away, members->pdata[i]))
      g_ptr_array_add (candidates, members->pdata[i]);

  if (n_roles == 0)
    return;
  if (candidates->len == 0)
    {
      step->unfilled = step->fill;
      step->fill = 0;
      return;
    }

  /* A column per candidate and per how many roles of this meeting they
   * would have then, so that doubling up is possible but costs */
  n_columns = candidates->len * n_roles;
  cost = g_new (gint64, n_roles * n_columns);
  for (guint r = 0; r < n_roles; r++)
    for (guint c = 0; c < candidates->len; c++)
      {
        const char *person = candidates->pdata[c];
        const Tally *tally = g_hash_table_lookup (tallies, person);

        for (guint copy = 0; copy < n_roles; copy++)
          cost[r * n_columns + copy * candidates->len + c] =
            role_cost (steps, n_steps, k, roles[r], person, tally, copy);
      }

  solve_assignment (cost, n_roles, n_columns, assignment);

  for (guint r = 0; r < n_roles; r++)
    {
      const char *person = candidates->pdata[assignment[r] % candidates->len];

      step->given[roles[r]] = person;
      count_role (g_hash_table_lookup (tallies, person), roles[r], k);
    }
}

static void
slot_free (gpointer data)
{
  NvRotationSlot *slot = data;

  g_object_unref (slot->meeting);
  for (guint i = 0; i < NV_N_ROLES; i++)
    g_free (slot->proposed[i]);
  g_free (slot);
}

/* The members in the list's order, each once, who are people of @plan */
static GPtrArray *
collect_members (NvPlan     *plan,
                 NvNetwork  *network,
                 GHashTable *tallies)
{
  NvRecordList *members = NV_RECORD_LIST (nv_network_get_members (network));
  GPtrArray *people = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      const char *person = nv_member_get_person (NV_MEMBER (nv_record_list_peek (members, i)));
      Tally *tally;

      if (person == NULL || !NV_IS_PERSON (nv_plan_lookup (plan, person)) ||
          g_hash_table_contains (tallies, person))
        continue;

      tally = g_new0 (Tally, 1);
      for (guint r = 0; r < NV_N_ROLES; r++)
        tally->last[r] = -1;
      g_hash_table_insert (tallies, (gpointer) person, tally);
      g_ptr_array_add (people, (gpointer) person);
    }

  return people;
}

/**
 * nv_rotation_propose:
 * @plan: the plan @network is in
 * @network: whose members take the roles
 * @options: which roles, of which meetings
 *
 * Proposes who takes which role in each meeting of @network's series
 * that @options include; nothing is changed until nv_rotation_apply().
 *
 * Returns: (transfer container) (element-type NvRotationSlot): a slot
 * for every meeting whose roles may change, in date order, or %NULL
 * with @error set when there is nobody or nothing to rotate
 */
GPtrArray *
nv_rotation_propose (NvPlan                   *plan,
                     NvNetwork                *network,
                     const NvRotationOptions  *options,
                     GError                  **error)
{
  NvRecordList *meetings;
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (Step));
  GPtrArray *slots;

  g_return_val_if_fail (NV_IS_PLAN (plan), NULL);
  g_return_val_if_fail (NV_IS_NETWORK (network), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if ((options->roles & NV_ROLE_FLAGS_ALL) == 0)
    {
      g_set_error_literal (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_ROLES,
                           _("Choose at least one role to rotate"));
      return NULL;
    }

  members = collect_members (plan, network, tallies);
  if (members->len == 0)
    {
      g_set_error_literal (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEMBERS,
                           _("The network has no members to take the roles; add members first"));
      return NULL;
    }

  meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (meetings)); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (meetings, i));
      NvMeetingStatus status = nv_meeting_get_status (meeting);
      guint date = nv_meeting_get_date (meeting);
      Step step = { .meeting = meeting, .position = i };

      if (status == NV_MEETING_STATUS_CANCELLED)
        continue;

      if (status != NV_MEETING_STATUS_HELD &&
          (options->from_date == 0 || date == 0 || date >= options->from_date))
        for (NvRole role = 0; role < NV_N_ROLES; role++)
          if ((options->roles & NV_ROLE_FLAG (role)) &&
              (options->replace || role_is_empty (meeting, role)))
            step.fill |= NV_ROLE_FLAG (role);

      g_array_append_val (steps, step);
    }
  g_array_sort (steps, compare_steps);

  /* Roles that stay count from the start, wherever they are */
  for (guint k = 0; k < steps->len; k++)
    {
      const Step *step = &g_array_index (steps, Step, k);

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          g_auto(GStrv) holders = NULL;

          if (step->fill & NV_ROLE_FLAG (role))
            continue;
          holders = nv_role_holders (step->meeting, role);
          for (guint h = 0; holders[h] != NULL; h++)
            {
              Tally *tally = g_hash_table_lookup (tallies, holders[h]);

              if (tally != NULL)
                {
                  tally->role[role]++;
                  tally->total++;
                }
            }
        }
    }

  slots = g_ptr_array_new_with_free_func (slot_free);
  for (guint k = 0; k < steps->len; k++)
    {
      Step *step = &g_array_index (steps, Step, k);
      guint wanted = step->fill;
      NvRotationSlot *slot;

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        if (!(step->fill & NV_ROLE_FLAG (role)))
          {
            g_auto(GStrv) holders = nv_role_holders (step->meeting, role);

            for (guint h = 0; holders[h] != NULL; h++)
              {
                Tally *tally = g_hash_table_lookup (tallies, holders[h]);

                if (tally != NULL)
                  tally->last[role] = k;
              }
          }

      fill_step ((Step *) steps->data, steps->len, k, members, tallies);

      if (wanted == 0)
        continue;

      slot = g_new0 (NvRotationSlot, 1);
      slot->meeting = g_object_ref (step->meeting);
      slot->unfilled = step->unfilled;
      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          g_auto(GStrv) holders = NULL;

          if (step->given[role] == NULL)
            continue;
          /* Giving a role to whoever has it already changes nothing */
          holders = nv_role_holders (step->meeting, role);
          if (g_strv_length (holders) != 1 || g_strcmp0 (holders[0], step->given[role]) != 0)
            slot->proposed[role] = g_strdup (step->given[role]);
        }
      g_ptr_array_add (slots, slot);
    }

  if (slots->len == 0)
    {
      g_ptr_array_unref (slots);
      g_set_error_literal (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEETINGS,
                           options->replace ? _("No meeting of the series can be given these roles")
                                            : _("Every meeting has these roles already; choose to replace them to rotate again"));
      return NULL;
    }

  return slots;
}

/**
 * nv_rotation_count_changes:
 * @slots: (element-type NvRotationSlot): from nv_rotation_propose()
 *
 * Returns: how many roles nv_rotation_apply() would give
 */
guint
nv_rotation_count_changes (GPtrArray *slots)
{
  guint n = 0;

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      NvRotationSlot *slot = g_ptr_array_index (slots, i);

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        if (slot->proposed[role] != NULL)
          n++;
    }

  return n;
}

/**
 * nv_rotation_apply:
 * @slots: (element-type NvRotationSlot): from nv_rotation_propose()
 *
 * Gives the proposed roles: a theme lead proposed replaces the meeting's
 * theme leads. Each change is a step of the plan's history; callers
 * group them into one.
 */
void
nv_rotation_apply (GPtrArray *slots)
{
  g_return_if_fail (slots != NULL);

  for (guint i = 0; i < slots->len; i++)
    {
      NvRotationSlot *slot = g_ptr_array_index (slots, i);

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          const char *person = slot->proposed[role];

          if (person == NULL)
            continue;
          switch (role)
            {
            case NV_ROLE_CHAIR:
              nv_meeting_set_chair (slot->meeting, person);
              break;
            case NV_ROLE_MINUTE_TAKER:
              nv_meeting_set_minute_taker (slot->meeting, person);
              break;
            case NV_ROLE_HOST:
              nv_meeting_set_host (slot->meeting, person);
              break;
            case NV_ROLE_BOUNDARY_KEEPER:
              nv_meeting_set_boundary_keeper (slot->meeting, person);
              break;
            case NV_ROLE_THEME_LEAD:
            case NV_N_ROLES:
            default:
              nv_meeting_set_theme_leads (slot->meeting, (const char * const[]) { person, NULL });
              break;
            }
        }
    }
}
