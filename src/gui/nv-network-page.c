/* nv-network-page.c: a network's overview: details, rules and members
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-member.h"
#include "nv-network-page.h"
#include "nv-rule.h"

/* The default when a network does not say, as in seed 001 */
#define DEFAULT_GROUP_SIZE 10

struct _NvNetworkPage
{
  AdwBin        parent_instance;

  AdwActionRow *purpose_row;
  AdwActionRow *theme_row;
  AdwActionRow *subthemes_row;
  AdwActionRow *region_row;
  AdwActionRow *cadence_row;
  AdwActionRow *period_row;
  AdwActionRow *organiser_row;
  AdwActionRow *reference_leader_row;
  AdwActionRow *default_start_row;
  AdwActionRow *default_length_row;
  AdwActionRow *latest_end_row;
  AdwActionRow *minimum_length_row;
  AdwActionRow *group_size_row;
  GtkListBox   *rules_list;
  GtkListBox   *members_list;

  NvPlan       *plan;
  NvNetwork    *network;
};

G_DEFINE_FINAL_TYPE (NvNetworkPage, nv_network_page, ADW_TYPE_BIN)

static GtkWidget *
create_rule_row (gpointer item,
                 gpointer user_data)
{
  NvRule *rule = item;
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *text = gtk_label_new (nv_rule_get_text (rule));

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_margin_start (text, 12);
  gtk_widget_set_margin_end (text, 12);
  gtk_widget_set_margin_top (text, 12);
  gtk_widget_set_margin_bottom (text, 12);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nv_rule_get_title (rule));
  adw_expander_row_add_row (row, text);
  return GTK_WIDGET (row);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  NvNetworkPage *self = user_data;
  NvMember *member = item;
  const char *role = nv_member_get_role (member);
  const char *group = nv_member_get_local_group (member);
  g_autofree char *subtitle = NULL;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  if (role != NULL && group != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), role, group);
  else
    subtitle = g_strdup (role != NULL ? role : group);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 nv_plan_person_name (self->plan, nv_member_get_person (member)));
  adw_action_row_set_subtitle (row, subtitle);

  if (nv_member_get_core (member))
    {
      GtkWidget *badge = gtk_label_new (_("Core"));

      gtk_widget_set_tooltip_text (badge, _("Core participant: takes part in the whole series"));
      gtk_widget_add_css_class (badge, "accent");
      gtk_widget_add_css_class (badge, "caption-heading");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (row, badge);
    }

  return GTK_WIDGET (row);
}

static char *
format_period (NvNetwork *network)
{
  g_autofree char *start = nv_format_date_long (nv_network_get_start_date (network));
  g_autofree char *end = nv_format_date_long (nv_network_get_end_date (network));

  if (start != NULL && end != NULL)
    /* Translators: a period, "from – to" */
    return g_strdup_printf (_("%s – %s"), start, end);
  if (end != NULL)
    return g_strdup_printf (_("Ends by %s"), end);
  if (start != NULL)
    return g_strdup_printf (_("From %s"), start);
  return NULL;
}

static void
update_details (NvNetworkPage *self)
{
  NvNetwork *network = self->network;
  const char * const *subthemes = nv_network_get_subthemes (network);
  g_autofree char *subthemes_text = subthemes ? g_strjoinv ("\n", (char **) subthemes) : NULL;
  g_autofree char *period = format_period (network);
  g_autofree char *start = nv_format_clock_time (nv_network_get_default_start (network));
  g_autofree char *length = nv_format_duration (nv_network_get_default_length (network));
  g_autofree char *latest_end = nv_format_clock_time (nv_network_get_latest_end (network));
  g_autofree char *minimum = nv_format_duration (nv_network_get_minimum_length (network));
  g_autofree char *group_size = NULL;
  int size = nv_network_get_group_size (network);

  if (latest_end == NULL)
    latest_end = nv_format_clock_time (21 * 60);
  group_size = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people",
                                             size > 0 ? size : DEFAULT_GROUP_SIZE),
                                size > 0 ? size : DEFAULT_GROUP_SIZE);

  nv_row_set_value (self->purpose_row, nv_network_get_purpose (network));
  nv_row_set_value (self->theme_row, nv_network_get_theme (network));
  nv_row_set_value (self->subthemes_row, subthemes_text);
  nv_row_set_value (self->region_row, nv_network_get_region (network));
  nv_row_set_value (self->cadence_row, nv_network_get_cadence (network));
  nv_row_set_value (self->period_row, period);
  nv_row_set_value (self->organiser_row, nv_plan_person_name (self->plan, nv_network_get_organiser (network)));
  nv_row_set_value (self->reference_leader_row,
                    nv_plan_person_name (self->plan, nv_network_get_reference_leader (network)));
  nv_row_set_value (self->default_start_row, start);
  nv_row_set_value (self->default_length_row, length);
  nv_row_set_value (self->latest_end_row, latest_end);
  nv_row_set_value (self->minimum_length_row, minimum);
  nv_row_set_value (self->group_size_row, group_size);
}

void
nv_network_page_show (NvNetworkPage *self,
                      NvPlan        *plan,
                      NvNetwork     *network)
{
  g_return_if_fail (NV_IS_NETWORK_PAGE (self));
  g_return_if_fail (NV_IS_NETWORK (network));

  g_set_object (&self->plan, plan);
  g_set_object (&self->network, network);

  update_details (self);
  gtk_list_box_bind_model (self->rules_list, nv_network_get_rules (network),
                           create_rule_row, self, NULL);
  gtk_list_box_bind_model (self->members_list, nv_network_get_members (network),
                           create_member_row, self, NULL);
}

static void
nv_network_page_dispose (GObject *object)
{
  NvNetworkPage *self = NV_NETWORK_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_NETWORK_PAGE);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_network_page_parent_class)->dispose (object);
}

static void
nv_network_page_class_init (NvNetworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_network_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, theme_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, subthemes_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, region_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, organiser_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, reference_leader_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, default_start_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, default_length_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, latest_end_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, minimum_length_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, group_size_row);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, rules_list);
  gtk_widget_class_bind_template_child (widget_class, NvNetworkPage, members_list);
}

static void
nv_network_page_init (NvNetworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->rules_list, nv_list_placeholder_new (_("No rules agreed yet")));
  gtk_list_box_set_placeholder (self->members_list, nv_list_placeholder_new (_("No members yet")));
}
