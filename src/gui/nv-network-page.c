/* nv-network-page.c: a network's overview: details, members and rules,
 * all editable
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-field-row.h"
#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-meeting.h"
#include "nv-minutes-window.h"
#include "nv-member.h"
#include "nv-network-page.h"
#include "nv-people.h"
#include "nv-planning-grid.h"
#include "nv-row-item.h"
#include "nv-row-list.h"
#include "nv-referat.h"
#include "nv-rule.h"
#include "nv-series.h"
#include "nv-util.h"

struct _NvNetworkPage
{
  AdwBin               parent_instance;

  NvPlanningGrid      *grid;
  GtkStack            *grid_stack;
  GtkWidget           *series_status;  /* in the series group, without meetings */
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *defaults_group;
  NvRowList           *meetings_list;
  NvRowList           *members_list;
  GtkWidget           *size_warning_list;
  AdwActionRow        *size_warning_row;
  GtkListBox          *rules_list;
  AdwPreferencesGroup *series_group;
  AdwPreferencesGroup *problems_group;
  NvRowList           *problems_list;
  AdwPreferencesGroup *open_actions_group;
  NvRowList           *open_actions_list;
  AdwPreferencesGroup *attendance_group;
  NvRowList           *attendance_list;

  /* What the lists above show, made again after each change: a long
   * series may have hundreds of meetings to check */
  GListStore          *problems;        /* NvRowItem: NvSeriesProblem */
  GListStore          *open_actions;    /* NvActionItem */
  GListStore          *attendance;      /* NvRowItem: NvMemberAttendance */

  NvPlan              *plan;
  NvNetwork           *network;
  GPtrArray           *field_rows;  /* rows made for the current network */

  NvHistory           *history;     /* the plan's, to notice every change */
  GListModel          *meetings;    /* the network's, to notice it has none */
  gulong               meetings_handler;
  gulong               changed_handler;
  guint                problems_idle;
  gboolean             problems_stale;  /* the plan changed while hidden */
};

G_DEFINE_FINAL_TYPE (NvNetworkPage, nv_network_page, ADW_TYPE_BIN)

static GtkWidget *
create_rule_row (gpointer item,
                 gpointer user_data)
{
  NvRule *rule = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *title = nv_field_row_new (NULL, NV_RECORD (rule), "title");
  GtkWidget *text = nv_long_text_row_new (NV_RECORD (rule), "text");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (rule, "title", row, "title", G_BINDING_SYNC_CREATE,
                               nv_display_text_transform, NULL, NULL, NULL);
  g_object_bind_property_full (rule, "text", row, "subtitle", G_BINDING_SYNC_CREATE,
                               nv_display_text_transform, NULL, NULL, NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), nv_delete_button_new (NV_RECORD (rule), _("Delete Rule")));
  return row;
}

static void
update_meeting_row (AdwActionRow *row)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (row), "meeting");
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  const char *subtheme = nv_meeting_get_subtheme (meeting);
  g_autofree char *subtitle = NULL;

  if (when == NULL)
    when = g_strdup (_("No date"));
  subtitle = subtheme != NULL ? g_strdup_printf (_("%s · %s"), when, subtheme) : g_strdup (when);

  nv_row_show_text (ADW_PREFERENCES_ROW (row), nv_meeting_get_name (meeting), subtitle);
}

/* The series in its order; a row opens its meeting */
static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  NvMeeting *meeting = item;
  GtkWidget *row = adw_action_row_new ();

  g_object_set_data (G_OBJECT (row), "meeting", meeting);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", nv_record_get_id (NV_RECORD (meeting)));

  g_signal_connect_object (meeting, "notify", G_CALLBACK (update_meeting_row), row, G_CONNECT_SWAPPED);
  update_meeting_row (ADW_ACTION_ROW (row));
  return row;
}

/* What a network without meetings shows, in its overview and in its
 * planning grid: the way to the first meeting, or to a whole series */
static GtkWidget *
no_meetings_status_new (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add the First Meeting"));
  GtkWidget *plan = gtk_button_new_with_mnemonic (_("_Plan Meetings…"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Meetings Planned Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Add the network’s first meeting, or plan a whole series of meetings at once"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "win.add-meeting");
  gtk_widget_add_css_class (add, "pill");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (plan), "win.plan-meetings");
  gtk_widget_add_css_class (plan, "pill");
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box), plan);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), box);
  return status;
}

/* With no meetings, the status pages take the place of the list and the grid */
static void
update_no_meetings (NvNetworkPage *self)
{
  gboolean none = self->network == NULL ||
                  g_list_model_get_n_items (nv_network_get_meetings (self->network)) == 0;

  gtk_widget_set_visible (self->series_status, none);
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_list), !none);
  gtk_stack_set_visible_child_name (self->grid_stack, none ? "empty" : "grid");
}

static void
update_member_row (AdwExpanderRow *row)
{
  NvNetworkPage *self = g_object_get_data (G_OBJECT (row), "page");
  NvMember *member = g_object_get_data (G_OBJECT (row), "member");
  const char *name = nv_plan_person_name (self->plan, nv_member_get_person (member));
  const char *role = nv_member_get_role (member);
  const char *group = nv_member_get_local_group (member);
  g_autofree char *subtitle = NULL;

  if (role != NULL && group != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), role, group);
  else
    subtitle = g_strdup (role != NULL ? role : group);

  nv_row_show_text (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"), subtitle);
}

/* The form: made when the row is first opened (a contact network has thousands) */
static void
fill_member_row (AdwExpanderRow *row,
                 gpointer        item,
                 gpointer        user_data)
{
  static const char * const fields[] = { "person", "core", "role", "local-group", "local-role", NULL };
  NvNetworkPage *self = user_data;

  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (row, nv_field_row_new (self->plan, NV_RECORD (item), fields[i]));
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  NvNetworkPage *self = user_data;
  NvMember *member = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *badge = gtk_image_new_from_icon_name ("starred-symbolic");

  g_object_set_data (G_OBJECT (row), "page", self);
  g_object_set_data (G_OBJECT (row), "member", member);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Core participants attend the whole series: mark them */
  gtk_widget_set_tooltip_text (badge, _("Core participant: takes part in the whole series"));
  g_object_bind_property (member, "core", badge, "visible", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), badge);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), nv_delete_button_new (NV_RECORD (member), _("Remove Member")));

  g_signal_connect_object (member, "notify", G_CALLBACK (update_member_row), row, G_CONNECT_SWAPPED);
  update_member_row (ADW_EXPANDER_ROW (row));
  return row;
}

/* A problem's row opens the meeting it is in, or the member it is about */
static GtkWidget *
create_problem_row (gpointer item,
                    gpointer user_data)
{
  NvSeriesProblem *problem = nv_row_item_get_data (item);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  nv_row_show_title (ADW_PREFERENCES_ROW (row), problem->message);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (problem->meeting != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", nv_record_get_id (NV_RECORD (problem->meeting)));
    }
  else
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "network.show-member");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", nv_record_get_id (NV_RECORD (problem->member)));
    }
  return row;
}

/* Seed 001: about ten members; above the network's size, advice to split */
static void
update_size_warning (NvNetworkPage *self)
{
  g_autofree char *problem = NULL;
  g_autofree char *advice = NULL;
  gboolean too_large = nv_network_check_size (self->network, &problem, &advice);

  gtk_widget_set_visible (self->size_warning_list, too_large);
  if (too_large)
    nv_row_show_text (ADW_PREFERENCES_ROW (self->size_warning_row), problem, advice);
}

/* Puts @items (taken) in @store in place of what it had */
static void
replace_items (GListStore *store,
               GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
  g_ptr_array_unref (items);
}

static GtkWidget *
create_attendance_row (gpointer item,
                       gpointer user_data)
{
  NvNetworkPage *self = user_data;
  NvMemberAttendance *member = nv_row_item_get_data (item);
  const char *name = nv_plan_person_name (self->plan, member->person);
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);

  /* Translators: a member's attendance over a series: "Present at 3 of 4 meetings" */
  g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "Present at %u of %u meeting",
                                                 "Present at %u of %u meetings", member->meetings),
                          member->present, member->meetings);
  if (member->regrets > 0)
    /* Translators: follows "Present at 3 of 4 meetings": regrets (afbud) sent */
    g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, ", regrets for %u", ", regrets for %u",
                                                   member->regrets), member->regrets);
  if (member->absent > 0)
    /* Translators: follows "Present at 3 of 4 meetings": absent without notice */
    g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, ", %u without notice",
                                                   ", %u without notice", member->absent), member->absent);
  nv_row_show_text (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"), subtitle->str);
  if (member->absent > 0)
    gtk_widget_add_css_class (row, "warning");
  return row;
}

static GtkWidget *
create_open_action_row (gpointer item,
                        gpointer user_data)
{
  NvNetworkPage *self = user_data;

  return nv_earlier_action_row_new (self->plan, item);
}

/* Every member's attendance over the series, and what is still to be done */
static void
refresh_minutes (NvNetworkPage *self)
{
  g_autoptr(GArray) attendance = nv_network_attendance (self->network);
  g_autoptr(GPtrArray) open = nv_network_open_actions (self->network);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < attendance->len; i++)
    {
      NvMemberAttendance *member = &g_array_index (attendance, NvMemberAttendance, i);

      /* (Most members of a contact network of thousands go to no meeting) */
      if (member->meetings > 0)
        g_ptr_array_add (items, nv_row_item_new (g_memdup2 (member, sizeof *member), g_free));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attendance_group), items->len > 0);
  replace_items (self->attendance, items);

  gtk_widget_set_visible (GTK_WIDGET (self->open_actions_group), open->len > 0);
  replace_items (self->open_actions, g_steal_pointer (&open));
}

/* Where the series stands, and what to check in it */
static gboolean
refresh_problems (gpointer user_data)
{
  NvNetworkPage *self = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  GPtrArray *items;
  g_autofree char *summary = NULL;

  self->problems_idle = 0;
  if (self->network == NULL)
    return G_SOURCE_REMOVE;

  summary = nv_series_summary (self->network, nv_date_today ());
  adw_preferences_group_set_description (self->series_group, summary);
  update_size_warning (self);
  adw_preferences_group_set_description (self->problems_group,
                                         nv_network_get_two_per_local_group (self->network)
                                         ? _("Meetings that lack a date or a role, fall after the network’s end, "
                                             "or book someone twice, and local groups that do not send two")
                                         : _("Meetings that lack a date or a role, fall after the network’s end, "
                                             "or book someone twice"));

  problems = nv_series_problems (self->plan, self->network);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
  /* Each problem into an item of its own, which frees it */
  items = g_ptr_array_new_full (problems->len, g_object_unref);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (items, nv_row_item_new (g_ptr_array_index (problems, i), nv_series_problem_free));
  g_ptr_array_set_free_func (problems, NULL);
  replace_items (self->problems, items);
  refresh_minutes (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come at once (an undo, an import): look once after them.
 * A page nobody sees (a meeting of the network is shown) looks again
 * only when it is shown, not at each key typed in the meeting. */
static void
on_plan_changed_cb (NvNetworkPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->problems_stale = TRUE;
      return;
    }

  if (self->problems_idle == 0)
    self->problems_idle = g_idle_add (refresh_problems, self);
}

static void
nv_network_page_map (GtkWidget *widget)
{
  NvNetworkPage *self = NV_NETWORK_PAGE (widget);

  GTK_WIDGET_CLASS (nv_network_page_parent_class)->map (widget);

  /* Not while the page is being mapped: its rows are made again */
  if (self->problems_stale && self->problems_idle == 0)
    self->problems_idle = g_idle_add (refresh_problems, self);
  self->problems_stale = FALSE;
}

static void
watch_plan (NvNetworkPage *self,
            NvPlan        *plan)
{
  if (self->history != NULL)
    g_clear_signal_handler (&self->changed_handler, self->history);
  self->history = nv_plan_get_history (plan);
  self->changed_handler = g_signal_connect_swapped (self->history, "changed", G_CALLBACK (on_plan_changed_cb), self);
}

void
nv_network_page_show (NvNetworkPage *self,
                      NvPlan        *plan,
                      NvNetwork     *network)
{
  static const char * const details[] = {
    "theme", "subthemes", "region", "cadence", "start-date", "end-date",
    "organiser", "reference-leader", NULL
  };
  static const char * const defaults[] = {
    "default-start", "default-length", "latest-end", "minimum-length", "group-size", NULL
  };
  GtkWidget *rule_row;

  g_return_if_fail (NV_IS_NETWORK_PAGE (self));
  g_return_if_fail (NV_IS_NETWORK (network));

  if (self->plan != plan)
    watch_plan (self, plan);
  g_set_object (&self->plan, plan);
  g_set_object (&self->network, network);
  refresh_problems (self);

  nv_form_clear (self->field_rows);
  nv_form_add_fields (self->field_rows, self->details_group, plan, NV_RECORD (network),
                      (const char * const []) { "name", NULL });
  nv_form_add_row (self->field_rows, self->details_group, nv_long_text_row_new (NV_RECORD (network), "purpose"));
  nv_form_add_fields (self->field_rows, self->details_group, plan, NV_RECORD (network), details);
  nv_form_add_fields (self->field_rows, self->defaults_group, plan, NV_RECORD (network), defaults);
  /* Seed 000's rule for who comes */
  rule_row = nv_field_row_new (plan, NV_RECORD (network), "two-per-local-group");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (rule_row),
                               _("Ideally one volunteer and one coordinator or chair"));
  nv_form_add_row (self->field_rows, self->defaults_group, rule_row);

  nv_row_list_set_model (self->meetings_list, nv_network_get_meetings (network), create_meeting_row, NULL, self);
  if (self->meetings != NULL)
    g_clear_signal_handler (&self->meetings_handler, self->meetings);
  g_set_object (&self->meetings, nv_network_get_meetings (network));
  self->meetings_handler = g_signal_connect_swapped (self->meetings, "items-changed",
                                                     G_CALLBACK (update_no_meetings), self);
  update_no_meetings (self);
  nv_row_list_set_model (self->members_list, nv_network_get_members (network),
                         create_member_row, fill_member_row, self);
  gtk_list_box_bind_model (self->rules_list, nv_network_get_rules (network),
                           create_rule_row, self, NULL);
  nv_planning_grid_show (self->grid, plan, network);
  nv_scroll_to_top (adw_bin_get_child (ADW_BIN (self)));
}

/* Brings @row to the top of the page's scrolled area */
static void
scroll_to_row (GtkWidget *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_point_t point;

  if (scrolled == NULL || (content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))) == NULL)
    return;
  if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL)
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (!gtk_widget_compute_point (row, content, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
}

/* A problem about a member opens the member's row */
static void
show_member_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvNetworkPage *self = NV_NETWORK_PAGE (widget);
  NvRecord *member = self->plan != NULL ? nv_plan_lookup (self->plan, g_variant_get_string (parameter, NULL)) : NULL;
  guint position;

  if (member == NULL || self->network == NULL ||
      !nv_record_list_find (NV_RECORD_LIST (nv_network_get_members (self->network)), member, &position))
    return;

  scroll_to_row (GTK_WIDGET (self->members_list));
  nv_row_list_open (self->members_list, member);
}

static void
nv_network_page_dispose (GObject *object)
{
  NvNetworkPage *self = NV_NETWORK_PAGE (object);

  if (self->history != NULL)
    g_clear_signal_handler (&self->changed_handler, self->history);
  g_clear_handle_id (&self->problems_idle, g_source_remove);
  if (self->meetings != NULL)
    g_clear_signal_handler (&self->meetings_handler, self->meetings);
  g_clear_object (&self->meetings);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_NETWORK_PAGE);
  g_clear_object (&self->problems);
  g_clear_object (&self->open_actions);
  g_clear_object (&self->attendance);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->field_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nv_network_page_parent_class)->dispose (object);
}

static void
nv_network_page_class_init (NvNetworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_network_page_dispose;
  widget_class->map = nv_network_page_map;

  g_type_ensure (NV_TYPE_PLANNING_GRID);
  g_type_ensure (NV_TYPE_ROW_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, grid);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, grid_stack);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, defaults_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, size_warning_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, size_warning_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, rules_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, series_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, problems_list);

  gtk_widget_class_install_action (widget_class, "network.show-member", "s", show_member_activated);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, open_actions_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, open_actions_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, attendance_list);
}

static void
nv_network_page_init (NvNetworkPage *self)
{
  GtkWidget *scrolled;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->field_rows = g_ptr_array_new ();
  self->series_status = no_meetings_status_new ();
  gtk_widget_add_css_class (self->series_status, "compact");
  /* In the scrolling overview the status page takes the height it needs,
   * instead of scrolling inside a sliver of its own */
  scrolled = gtk_widget_get_first_child (self->series_status);
  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    {
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
    }
  adw_preferences_group_add (self->series_group, self->series_status);
  gtk_stack_add_named (self->grid_stack, no_meetings_status_new (), "empty");
  nv_row_list_set_placeholder (self->members_list, nv_list_placeholder_new (_("No members yet")));
  gtk_list_box_set_placeholder (self->rules_list, nv_list_placeholder_new (_("No rules agreed yet")));

  self->problems = g_list_store_new (NV_TYPE_ROW_ITEM);
  self->open_actions = g_list_store_new (G_TYPE_OBJECT);
  self->attendance = g_list_store_new (NV_TYPE_ROW_ITEM);
  nv_row_list_set_model (self->problems_list, G_LIST_MODEL (self->problems), create_problem_row, NULL, self);
  nv_row_list_set_model (self->open_actions_list, G_LIST_MODEL (self->open_actions), create_open_action_row, NULL, self);
  nv_row_list_set_model (self->attendance_list, G_LIST_MODEL (self->attendance), create_attendance_row, NULL, self);
}

/**
 * nv_network_page_get_views:
 *
 * Returns: (transfer none): the network's views (overview, planning
 * grid), for the window's view switcher
 */
AdwViewStack *
nv_network_page_get_views (NvNetworkPage *self)
{
  g_return_val_if_fail (NV_IS_NETWORK_PAGE (self), NULL);

  /* Not a template child: the bin's own child must not be disposed twice */
  return ADW_VIEW_STACK (adw_bin_get_child (ADW_BIN (self)));
}

/**
 * nv_network_page_get_grid:
 *
 * Returns: (transfer none): the network's planning grid
 */
NvPlanningGrid *
nv_network_page_get_grid (NvNetworkPage *self)
{
  g_return_val_if_fail (NV_IS_NETWORK_PAGE (self), NULL);

  return self->grid;
}
