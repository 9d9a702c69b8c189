# Generated from forms/project_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.ui.widgets.driver_tree import DriverTree
from app.ui.widgets.optional_date import OptionalDateEdit

class Ui_ProjectForm(object):
    def setupUi(self, ProjectForm):
        if not ProjectForm.objectName():
            ProjectForm.setObjectName(u"ProjectForm")
        self.outerLayout = QVBoxLayout(ProjectForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(ProjectForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.detailsBox = QGroupBox(self.body)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsForm = QFormLayout(self.detailsBox)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.detailsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.titleLabel = QLabel(self.detailsBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.detailsBox)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(120)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.statusLabel = QLabel(self.detailsBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.detailsBox)
        self.status.setObjectName(u"status")
        self.status.setEditable(False)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.scoreLabel = QLabel(self.detailsBox)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.progressScore = QComboBox(self.detailsBox)
        self.progressScore.setObjectName(u"progressScore")
        self.progressScore.setEditable(False)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.progressScore)

        self.scoreHelp = QLabel(self.detailsBox)
        self.scoreHelp.setObjectName(u"scoreHelp")
        self.scoreHelp.setWordWrap(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.scoreHelp)

        self.sponsorLabel = QLabel(self.detailsBox)
        self.sponsorLabel.setObjectName(u"sponsorLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sponsorLabel)

        self.sponsor = QLineEdit(self.detailsBox)
        self.sponsor.setObjectName(u"sponsor")
        self.sponsor.setMaxLength(60)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sponsor)

        self.teamLabel = QLabel(self.detailsBox)
        self.teamLabel.setObjectName(u"teamLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.team = QLineEdit(self.detailsBox)
        self.team.setObjectName(u"team")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.team)

        self.problemLabel = QLabel(self.detailsBox)
        self.problemLabel.setObjectName(u"problemLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problem = QPlainTextEdit(self.detailsBox)
        self.problem.setObjectName(u"problem")
        self.problem.setTabChangesFocus(True)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.problem)


        self.bodyLayout.addWidget(self.detailsBox)

        self.aimBox = QGroupBox(self.body)
        self.aimBox.setObjectName(u"aimBox")
        self.aimForm = QFormLayout(self.aimBox)
        self.aimForm.setObjectName(u"aimForm")
        self.aimForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.aimForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.aimWhatLabel = QLabel(self.aimBox)
        self.aimWhatLabel.setObjectName(u"aimWhatLabel")

        self.aimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aimWhatLabel)

        self.aimWhat = QLineEdit(self.aimBox)
        self.aimWhat.setObjectName(u"aimWhat")
        self.aimWhat.setMaxLength(300)

        self.aimForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aimWhat)

        self.aimBaselineLabel = QLabel(self.aimBox)
        self.aimBaselineLabel.setObjectName(u"aimBaselineLabel")

        self.aimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aimBaselineLabel)

        self.aimBaseline = QLineEdit(self.aimBox)
        self.aimBaseline.setObjectName(u"aimBaseline")
        self.aimBaseline.setMaxLength(20)

        self.aimForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aimBaseline)

        self.aimTargetLabel = QLabel(self.aimBox)
        self.aimTargetLabel.setObjectName(u"aimTargetLabel")

        self.aimForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aimTargetLabel)

        self.aimTarget = QLineEdit(self.aimBox)
        self.aimTarget.setObjectName(u"aimTarget")
        self.aimTarget.setMaxLength(20)

        self.aimForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aimTarget)

        self.aimUnitLabel = QLabel(self.aimBox)
        self.aimUnitLabel.setObjectName(u"aimUnitLabel")

        self.aimForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aimUnitLabel)

        self.aimUnit = QLineEdit(self.aimBox)
        self.aimUnit.setObjectName(u"aimUnit")
        self.aimUnit.setMaxLength(30)

        self.aimForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aimUnit)

        self.aimByLabel = QLabel(self.aimBox)
        self.aimByLabel.setObjectName(u"aimByLabel")

        self.aimForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aimByLabel)

        self.aimBy = OptionalDateEdit(self.aimBox)
        self.aimBy.setObjectName(u"aimBy")

        self.aimForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.aimBy)

        self.aimSentenceLabel = QLabel(self.aimBox)
        self.aimSentenceLabel.setObjectName(u"aimSentenceLabel")

        self.aimForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aimSentenceLabel)

        self.aimSentence = QLabel(self.aimBox)
        self.aimSentence.setObjectName(u"aimSentence")
        self.aimSentence.setWordWrap(True)

        self.aimForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aimSentence)

        self.aimHint = QLabel(self.aimBox)
        self.aimHint.setObjectName(u"aimHint")
        self.aimHint.setWordWrap(True)

        self.aimForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.aimHint)


        self.bodyLayout.addWidget(self.aimBox)

        self.measuresBox = QGroupBox(self.body)
        self.measuresBox.setObjectName(u"measuresBox")
        self.measuresLayout = QVBoxLayout(self.measuresBox)
        self.measuresLayout.setObjectName(u"measuresLayout")
        self.measures = QListWidget(self.measuresBox)
        self.measures.setObjectName(u"measures")
        self.measures.setWordWrap(True)

        self.measuresLayout.addWidget(self.measures)


        self.bodyLayout.addWidget(self.measuresBox)

        self.driversBox = QGroupBox(self.body)
        self.driversBox.setObjectName(u"driversBox")
        self.driversLayout = QVBoxLayout(self.driversBox)
        self.driversLayout.setObjectName(u"driversLayout")
        self.driversHelp = QLabel(self.driversBox)
        self.driversHelp.setObjectName(u"driversHelp")
        self.driversHelp.setWordWrap(True)

        self.driversLayout.addWidget(self.driversHelp)

        self.drivers = DriverTree(self.driversBox)
        self.drivers.setObjectName(u"drivers")

        self.driversLayout.addWidget(self.drivers)

        self.driverButtons = QGridLayout()
        self.driverButtons.setObjectName(u"driverButtons")
        self.addChild = QPushButton(self.driversBox)
        self.addChild.setObjectName(u"addChild")

        self.driverButtons.addWidget(self.addChild, 0, 0, 1, 1)

        self.addSibling = QPushButton(self.driversBox)
        self.addSibling.setObjectName(u"addSibling")

        self.driverButtons.addWidget(self.addSibling, 0, 1, 1, 1)

        self.renameNode = QPushButton(self.driversBox)
        self.renameNode.setObjectName(u"renameNode")

        self.driverButtons.addWidget(self.renameNode, 0, 2, 1, 1)

        self.deleteNode = QPushButton(self.driversBox)
        self.deleteNode.setObjectName(u"deleteNode")

        self.driverButtons.addWidget(self.deleteNode, 1, 0, 1, 1)

        self.moveUp = QPushButton(self.driversBox)
        self.moveUp.setObjectName(u"moveUp")

        self.driverButtons.addWidget(self.moveUp, 1, 1, 1, 1)

        self.moveDown = QPushButton(self.driversBox)
        self.moveDown.setObjectName(u"moveDown")

        self.driverButtons.addWidget(self.moveDown, 1, 2, 1, 1)


        self.driversLayout.addLayout(self.driverButtons)


        self.bodyLayout.addWidget(self.driversBox)

        self.scroll.setWidget(self.body)

        self.outerLayout.addWidget(self.scroll)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.message = QLabel(ProjectForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.footer.addWidget(self.message)

        self.reload = QPushButton(ProjectForm)
        self.reload.setObjectName(u"reload")

        self.footer.addWidget(self.reload)

        self.footer.setStretch(0, 1)

        self.outerLayout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.statusLabel.setBuddy(self.status)
        self.scoreLabel.setBuddy(self.progressScore)
        self.sponsorLabel.setBuddy(self.sponsor)
        self.teamLabel.setBuddy(self.team)
        self.problemLabel.setBuddy(self.problem)
        self.aimWhatLabel.setBuddy(self.aimWhat)
        self.aimBaselineLabel.setBuddy(self.aimBaseline)
        self.aimTargetLabel.setBuddy(self.aimTarget)
        self.aimUnitLabel.setBuddy(self.aimUnit)
        self.aimByLabel.setBuddy(self.aimBy)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.status)
        QWidget.setTabOrder(self.status, self.progressScore)
        QWidget.setTabOrder(self.progressScore, self.sponsor)
        QWidget.setTabOrder(self.sponsor, self.team)
        QWidget.setTabOrder(self.team, self.problem)
        QWidget.setTabOrder(self.problem, self.aimWhat)
        QWidget.setTabOrder(self.aimWhat, self.aimBaseline)
        QWidget.setTabOrder(self.aimBaseline, self.aimTarget)
        QWidget.setTabOrder(self.aimTarget, self.aimUnit)
        QWidget.setTabOrder(self.aimUnit, self.aimBy)
        QWidget.setTabOrder(self.aimBy, self.measures)
        QWidget.setTabOrder(self.measures, self.drivers)
        QWidget.setTabOrder(self.drivers, self.addChild)
        QWidget.setTabOrder(self.addChild, self.addSibling)
        QWidget.setTabOrder(self.addSibling, self.renameNode)
        QWidget.setTabOrder(self.renameNode, self.deleteNode)
        QWidget.setTabOrder(self.deleteNode, self.moveUp)
        QWidget.setTabOrder(self.moveUp, self.moveDown)
        QWidget.setTabOrder(self.moveDown, self.reload)

        self.retranslateUi(ProjectForm)

        QMetaObject.connectSlotsByName(ProjectForm)
    # setupUi

    def retranslateUi(self, ProjectForm):
        ProjectForm.setWindowTitle(QCoreApplication.translate("ProjectForm", u"Project", None))
        self.detailsBox.setTitle(QCoreApplication.translate("ProjectForm", u"The project", None))
        self.titleLabel.setText(QCoreApplication.translate("ProjectForm", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Project title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"for example: Fewer falls at night", None))
        self.statusLabel.setText(QCoreApplication.translate("ProjectForm", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Project status", None))
#endif // QT_CONFIG(accessibility)
        self.scoreLabel.setText(QCoreApplication.translate("ProjectForm", u"Progress &score (IHI)", None))
#if QT_CONFIG(accessibility)
        self.progressScore.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Progress score", None))
#endif // QT_CONFIG(accessibility)
        self.scoreHelp.setText(QCoreApplication.translate("ProjectForm", u"Set by the team (it is not worked out for you): update it when the project moves on.", None))
        self.sponsorLabel.setText(QCoreApplication.translate("ProjectForm", u"S&ponsor or lead", None))
#if QT_CONFIG(accessibility)
        self.sponsor.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Sponsor or lead", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("ProjectForm", u"T&eam", None))
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Team members", None))
#endif // QT_CONFIG(accessibility)
        self.team.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"names, separated by commas", None))
        self.problemLabel.setText(QCoreApplication.translate("ProjectForm", u"The p&roblem and why it matters", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ProjectForm", u"The problem and why it matters", None))
#endif // QT_CONFIG(accessibility)
        self.aimBox.setTitle(QCoreApplication.translate("ProjectForm", u"Aim: what, how much, by when", None))
        self.aimWhatLabel.setText(QCoreApplication.translate("ProjectForm", u"&What will improve", None))
#if QT_CONFIG(accessibility)
        self.aimWhat.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Aim: what will improve", None))
#endif // QT_CONFIG(accessibility)
        self.aimWhat.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"for example: NEWS2 observations done on time", None))
        self.aimBaselineLabel.setText(QCoreApplication.translate("ProjectForm", u"&Baseline (where you start)", None))
#if QT_CONFIG(accessibility)
        self.aimBaseline.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Aim: baseline", None))
#endif // QT_CONFIG(accessibility)
        self.aimBaseline.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"for example 79", None))
        self.aimTargetLabel.setText(QCoreApplication.translate("ProjectForm", u"Tar&get", None))
#if QT_CONFIG(accessibility)
        self.aimTarget.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Aim: target", None))
#endif // QT_CONFIG(accessibility)
        self.aimTarget.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"for example 95", None))
        self.aimUnitLabel.setText(QCoreApplication.translate("ProjectForm", u"&Unit", None))
#if QT_CONFIG(accessibility)
        self.aimUnit.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Aim: unit", None))
#endif // QT_CONFIG(accessibility)
        self.aimUnit.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"%, minutes, falls...", None))
        self.aimByLabel.setText(QCoreApplication.translate("ProjectForm", u"B&y when", None))
#if QT_CONFIG(accessibility)
        self.aimBy.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Aim: by when", None))
#endif // QT_CONFIG(accessibility)
        self.aimSentenceLabel.setText(QCoreApplication.translate("ProjectForm", u"The aim", None))
        self.aimSentence.setText("")
        self.aimHint.setText("")
        self.measuresBox.setTitle(QCoreApplication.translate("ProjectForm", u"Measures: how will we know?", None))
#if QT_CONFIG(accessibility)
        self.measures.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Linked measures", None))
#endif // QT_CONFIG(accessibility)
        self.driversBox.setTitle(QCoreApplication.translate("ProjectForm", u"Driver diagram", None))
        self.driversHelp.setText(QCoreApplication.translate("ProjectForm", u"Aim \u2192 primary drivers \u2192 secondary drivers \u2192 change ideas. Keys: Insert adds a part under the selected one, Ctrl+Insert adds one beside it, F2 renames, Delete deletes, Ctrl+Up and Ctrl+Down move it.", None))
#if QT_CONFIG(accessibility)
        self.drivers.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Driver diagram", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addChild.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Add a part under the selected one", None))
#endif // QT_CONFIG(accessibility)
        self.addChild.setText(QCoreApplication.translate("ProjectForm", u"Add &under (Insert)", None))
#if QT_CONFIG(accessibility)
        self.addSibling.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Add a part beside the selected one", None))
#endif // QT_CONFIG(accessibility)
        self.addSibling.setText(QCoreApplication.translate("ProjectForm", u"Add &beside (Ctrl+Insert)", None))
#if QT_CONFIG(accessibility)
        self.renameNode.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Rename the selected part", None))
#endif // QT_CONFIG(accessibility)
        self.renameNode.setText(QCoreApplication.translate("ProjectForm", u"Re&name (F2)", None))
#if QT_CONFIG(accessibility)
        self.deleteNode.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Delete the selected part", None))
#endif // QT_CONFIG(accessibility)
        self.deleteNode.setText(QCoreApplication.translate("ProjectForm", u"De&lete\u2026 (Del)", None))
#if QT_CONFIG(accessibility)
        self.moveUp.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Move the selected part up", None))
#endif // QT_CONFIG(accessibility)
        self.moveUp.setText(QCoreApplication.translate("ProjectForm", u"Move u&p (Ctrl+Up)", None))
#if QT_CONFIG(accessibility)
        self.moveDown.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Move the selected part down", None))
#endif // QT_CONFIG(accessibility)
        self.moveDown.setText(QCoreApplication.translate("ProjectForm", u"Move do&wn (Ctrl+Down)", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.reload.setAccessibleName(QCoreApplication.translate("ProjectForm", u"Reload the project as saved", None))
#endif // QT_CONFIG(accessibility)
        self.reload.setText(QCoreApplication.translate("ProjectForm", u"&Reload", None))
    # retranslateUi

